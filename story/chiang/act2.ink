// ─────────────────────────────────────────────────────────────────────────────
// Chiang Kai-shek — Act II (1939): CH-7 … CH-9.
// Entry: chiang_act2 (from Act I). Exit: -> chiang_act3.
// World event at entry: S1 opens if tl == "OTL" && autonomy >= 60 && supply >= 45
// (Moscow starts courting a China that could be useful; Nomonhan flares on
// 11 March 1939). Under S1, manchuria_war is set in CH-7 when Stalin refuses
// Tokyo's ceasefire. Under S0 (the 1938 pact) CH-7 and CH-9 have their own
// versions: the Wuhan line and the aid question.
// Flags set here: tl ("S1"), manchuria_war, chiang_forced_offensive,
// chiang_offensive_timed, tripartite_deal. No new VARs.
// ─────────────────────────────────────────────────────────────────────────────

=== chiang_act2
~ act_settle()
{ tl == "OTL" && autonomy >= 60 && supply >= 45:
    ~ tl = "S1"
}
// The Wuhan respite only matters on the S0 road (CH-7 S0 and CH-E4); elsewhere it is spent.
{ tl != "S0":
    ~ wuhan_respite = false
}
{ tl:
- "S1":
    -> ch_07_s1
- "S0":
    -> ch_07_s0
- else:
    -> ch_07_otl
}

// Between Act I and Act II: what act_settle() did, told in Chiang's diary.
// Called after the chapter tag of each first scene of Act II.
=== ch_act2_settled
{ meters_moved():
    From the diary. Rose before dawn, sat in silence for half an hour, and read Wang Yangming: the mind that is not moved by gain or loss is the mind that can act. This season I have been moved by both too often. Moscow, London and my own generals have already forgotten the particulars of what I did and keep it in round numbers, worn a little toward the middle. So be it. Patience is also a weapon, and the one the Japanese understand least. {casualties_moved(): The Military Affairs Commission sends its late returns. The men reported missing are now reported dead, and not all the wounded lived. I have written the number down so as not to be allowed to forget it.}
    In the margin, the accounts as they now stand: {changes_since_mark()}.
}
~ forget_mark()
->->

// ── CH-7, history: the advisers want an offensive ───────────────────────────

=== ch_07_otl
-> checkpoint("chapter") ->
# chapter: CH-7 The Winter Offensive
# date: May–August 1939
# place: Chongqing
# map: china
# music: tension
-> ch_act2_settled ->
On the third and fourth of May the Japanese bombers come to Chongqing in daylight. The old city burns along its lanes of wood and bamboo, and for two nights the glow on the river is bright enough to read by.

You do not read by it. You walk the dugout galleries under the rock, among clerks and mothers and the wounded, and afterwards you tell your aide, who has not asked, that anger is a luxury and patience is a duty.
# codex: chongqing

Wuhan has been gone since the autumn. Canton too. The government sits in a river city at the end of the gorges, and the Japanese think that a capital which can be set on fire will one day ask for terms. They are wrong about that. They are not wrong about the fire.
# codex: wuhan

{
- autonomy <= 40:
    The air force that defends the city answers first to its Soviet leaders. Your own officers know it, and so do the pilots. When the I-16s go up, you watch them the way a man watches a borrowed horse.
- autonomy >= 60:
    The fighters that go up over the city are Soviet-built but flown by your own men now, as often as not. It cost you time and pilots to make it so. You do not regret it.
- else:
    The fighters that go up over the city are Soviet-built, and whose orders they fly under depends on the squadron. Some answer to Soviet leaders who answer to Moscow; some answer to your air staff. From the mouth of the dugout you cannot tell them apart by the sound of their engines. You know which are which all the same, and you count them.
}
# codex: i16

# date: June–July 1939
# place: Chongqing
In June the news begins to come from the far north, through the Soviet embassy and through the newspapers of Shanghai's foreign concessions. Mongolian horsemen and Manchukuo cavalry clashed in May beside a river called the Khalkha, at a place the Japanese call Nomonhan. The Kwantung Army has poured in regiments, aircraft, tanks. The Russians have answered with more.
# codex: nomonhan
# codex: kwantung_army

// Why Moscow is not courting China this spring (the S1 gate at Act II: Freedom of Action 60 and Logistics 45), told where S1 would have begun.
Your ambassador in Moscow writes that the Russians are watching Nomonhan and not China. {autonomy < 60: A government whose air force already flies under Soviet orders, he says, is one Moscow feels it need not court, only supply.|A government with its depots as empty as yours, he says, is one Moscow can supply but not plan a war around.} Nobody in the Kremlin is asking what China might do in the north.

Your staff pins the reports to a map of the whole of East Asia, which is a map you prefer to a map of China alone. On it, the war that matters to you is a long line from the Yellow River to the sea. The war at Nomonhan is a pin in an empty space beyond the Great Wall. But every Japanese aircraft over Mongolia is an aircraft that is not over Chongqing.

The chief Soviet military adviser comes to you in July with a plan already typed. The Japanese are bleeding in Mongolia, he says through the interpreter. Their best units in the north are tied down. This is the season for China to strike: a general counter-offensive, in every war zone, to take back river towns and railway junctions while the enemy looks the other way.

He does not say that Moscow would like the Japanese pinned in China while its own army fights in the steppe. The dates in his typescript say it for him.

{ stalin >= 60:
    Moscow's goodwill is high this year. The third credit is being discussed, larger than the first two together. A yes would cost you nothing but soldiers.
- else:
    Moscow has been cool with you since the winter. The adviser is polite, but you hear the ledger behind his politeness: aircraft delivered, aircraft still owed, a third credit talked about and not yet signed.
}

Your own generals are divided. Some say the divisions lost at Wuhan have not been rebuilt, that half the new conscripts have never fired their rifles. Others say that an army which never attacks forgets how.

You ask for a day. You take three. In your diary you write that a nation that cannot win quickly must not lose quickly either, and then you cross out the word "quickly" and write "foolishly".

* [Refuse for now: the armies need months, not weeks.]
    ~ change_stalin(-10)
    ~ change_supply(-10)
    ~ change_autonomy(5)
    You thank the adviser for his plan and tell him that China will attack when China is ready. The reorganised divisions need their winter of training. The shells are not yet in the depots. You will not spend men to lighten another country's battle.
    The adviser folds his typescript very neatly. In August the trains of trucks from Lanzhou run late, and the explanations for it are technical and endless.
    Your generals, the ones who wanted time, are grateful. The ones who wanted to attack are quiet in a way you note. You have kept the army. You have spent some of the goodwill that feeds it.
    At the end of August you cross the river to watch a reorganised division at its musketry. A company fires at straw men across a drained paddy field, and one recruit in three hits anything. Their captain apologises for them, red to the ears. You tell him that you will come back in February, and that by then you expect every man in his company to hit the straw. He salutes. You walk back to the car along the dyke with your aide behind you, and you count, as you walk, the months Moscow is likely to give you.
* [Attack now, while the Japanese are busy in Mongolia.]
    ~ change_stalin(10)
    ~ change_autonomy(-10)
    ~ add_cas_chn(20)
    You give the order in July. Divisions still short of rifles go forward against blockhouses on the railway lines in Hubei and Henan and along the Yangtze, in summer heat, with too few guns behind them.
    Some towns are taken and held for a week. Most attacks break on the first wire. The Japanese do not move a single regiment from China to Mongolia because of it; they have enough men in the garrison towns to hold, and they know it.
    The Soviet adviser reports to Moscow that the Generalissimo has shown good faith. Your own casualty returns come in by the trayful, and you read every one, because you ordered it.
    It was done on someone else's timetable. That evening you kneel in the small room off your study and pray for the men of the July attacks, by name where the returns give you their names, and you do not ask to be forgiven, because you would order it again.
* [Promise a general offensive for the winter, on your own timetable.]
    ~ change_stalin(-5)
    ~ add_cas_chn(20)
    You tell the adviser yes, and not yet. There will be an offensive, in every war zone, as he asks. It will start when the cold comes and the new divisions have finished their training, when the depots are full and the Japanese have drawn their own conclusions from Nomonhan.
    He would have liked it sooner. Moscow would have liked it in July. But he cables home that the Chinese command has committed itself, and that is something he can put his name to.
    You spend the summer on lists: divisions, shells, mules, bridging timber. The plan grows too large, as plans do. You know it will cost heavily when it comes. At least it will be yours.
    # codex: winter_offensive
* [Let the Communists carry the attack in the north.]
    ~ change_unity(-5)
    ~ change_stalin(5)
    ~ add_cas_chn(10)
    The north is where the Eighth Route Army lives, behind the Japanese lines in Shanxi and Hebei. Let it attack, you tell the adviser. Let it show Moscow what it is worth.
    Yan'an accepts, because it cannot refuse without looking afraid. Its columns raid the railways and blow culverts, and its losses are its own. Its prestige grows, too, with every bridge it drops into a river.
    Moscow is satisfied for a season. Your generals grumble that you have given the Communists a stage and a war to play on it. You answer that you have given them the bill.
    In September a Soviet courier brings you a Yan'an communiqué printed on grey paper: the bridges and culverts the Eighth Route Army claims to have destroyed, listed by railway and by kilometre. The numbers are large and precise. Your intelligence chief has marked half of them in red pencil as unverified, and a few with a second mark, where Communist cadres stayed behind after the raid to appoint village heads of their own. You read the list twice and put it in the drawer with the others. A war fought by someone else is still fought on your soil, and its harvest is gathered by someone else too.
    # codex: eighth_route_army
- -> ch_08_cards

// ── CH-7, S1: Moscow demands an attack ──────────────────────────────────────
=== ch_07_s1
-> checkpoint("chapter") ->
# chapter: CH-7 Attack, or Lose Moscow
# date: 11–16 March 1939
# place: Chongqing
# map: far_east
# music: tension
-> ch_act2_settled ->
The first telegram is two lines long. Mongolian horsemen looking for grazing crossed into the disputed country east of the Khalkha on the eleventh of March, and Manchukuo cavalry caught them. Of seventy-eight, six came back.
# codex: nomonhan

It is two months early for the grass, your staff notes. The snow is still in the hollows. Nobody in Chongqing can say why men were out with their herds in March, and by the time anyone could, it no longer matters.

{ autonomy >= 70:
    The Soviet ambassador has been calling on you more often this winter. He praises the discipline of your new divisions and asks after your arsenals in the west. A China that holds, he seems to say, is a China worth knowing. You have been courted before, and you count the spoons after every visit.
- else:
    The Soviet ambassador has been calling on you more often this winter, with compliments on your new divisions and questions about your arsenals. Moscow has begun to look at China as a partner that might be useful. You are glad of it, and you do not trust it.
}

# date: 16 March 1939
# sfx: telegraph
On the sixteenth, the day after Hitler's troops enter Prague, Japanese aircraft raid the Mongolian airfield at Tamsak-Bulak without, the foreign papers say, even telling Tokyo. Then the Kwantung Army crosses the river in two prongs and takes the hill at Baintsagan, behind one pontoon bridge.

The Russians have put Grigori Shtern in charge, the man who was at Zhanggufeng last summer. His bombers drop the bridge. Three days later he pushes the Japanese twenty kilometres back, and the whole disputed strip is in Soviet and Mongolian hands.
# codex: shtern
# codex: baintsagan

# date: 25 April – early May 1939
# map: khalkhin_gol
# front: encirclement
# sfx: artillery
The Japanese come back on the twenty-fifth of April, after a long barrage. Shtern gives ground on purpose, lets them cross, and then closes on them with guns, aircraft and two armoured wings that meet at Nomonhan village. The 23rd Division is surrounded. It will not surrender, and so it is destroyed.
# codex: 23rd_division

You read the numbers twice: sixty thousand men on the Soviet side, hundreds of tanks, hundreds of aircraft. For two years you have watched the Japanese take cities one after another. You have never seen them lose a division whole.

# date: May 1939
# map: manchuria
Tokyo asks for a ceasefire. Moscow refuses.

Through the embassy and through a Soviet military attaché who talks more freely after dinner, you learn what the refusal means. Stalin does not intend to stop at the river. He means to throw the Japanese off the mainland, and the Red Army is to march into Manchuria when the summer is ripe, with air superiority and numbers promised.
~ manchuria_war = true
# codex: stalin

The Northeast. You were at the head of the government when Mukden was lost in 1931, and you told the country to wait. You have been waiting eight years. In your diary you write only the date and the word "Northeast", and then you sit a long time with the brush dry in your hand.
# codex: mukden

# place: Chongqing
# map: china
The effect on your own front is immediate. The Japanese go over to the defensive in China for the first time since the war began. Tanks and aircraft disappear from the Yangtze and are loaded north. Experienced divisions are replaced by reservists. For the first time you face the enemy from something like strength.

You want time. Your new divisions need the summer; your arsenals need the summer; and there is the matter of Yan'an, which you have never stopped thinking about. If the Russians and the Japanese wear each other out in the north, time is finally working for China, and for you.

Moscow does not want you to have time. In the middle of May the Soviet ambassador asks for a Chinese offensive, now, while the Japanese are moving. You answer courteously that you agree about the Japanese and that your armies need months.

The second message is not courteous. It accuses you of letting the Red Army fight China's war while you save your divisions for after. It says that the Soviet Union's friendship has limits. It says, without the diplomatic padding, that you will attack or lose Moscow's favour, and with it the aircraft, the shells, and the road through Xinjiang.

{ supply >= 60:
    Your depots are fuller than they have ever been, thanks largely to Soviet credits. That is exactly the difficulty: the more you have, the more you have to lose.
- else:
    Your depots are thin. Without the Soviet road you would be fighting with what the Burma Road and the smugglers can bring, and that is not enough to fight with.
}

The accusation is false, and the man who is behind it in the Soviet command probably knows it is false. He does not care. Every Japanese battalion held in Hubei is a battalion he will not meet in Manchuria.

* [Refuse. China will attack when China is ready.]
    ~ change_stalin(-25)
    ~ change_supply(-20)
    ~ change_autonomy(10)
    You send your answer in your own words and have it translated twice, to be sure nothing softens it. China is grateful for Soviet help. China will fight in its own time. China is not a reserve army for anybody.
    The reply is silence. Then, in June, the convoys from Alma-Ata slow to a trickle, and the Soviet pilots at Lanzhou are told to wait for instructions that never come. Your quartermasters begin a new kind of arithmetic.
    You have kept your divisions and your dignity. Your generals admire the answer. The ones who count shells do not sleep well.
    It is not hard to guess the question being asked in Moscow tonight: whether Yan'an would be a more grateful friend.
* [Attack now, unprepared, on Moscow's timetable.]
    ~ change_stalin(15)
    ~ change_autonomy(-20)
    ~ add_cas_chn(40)
    ~ chiang_forced_offensive = true
    You give the order before the month is out. Half-trained divisions go in against the Japanese garrisons along the Yangtze and in Henan, with the guns they have and not the guns they were promised.
    The Japanese are weaker than they were, but they are still Japanese. Whole regiments are lost against blockhouses and machine guns. Some towns fall. More are taken and lost again. By July the casualty lists are longer than anything since Wuhan.
    The Soviet ambassador congratulates you. Shells arrive on time again. You know exactly what has happened: you were told to attack and you attacked, and the Russians will remember that they only had to tell you once.
    In your diary you call it the first step. You do not write the rest of the sentence.
* [A limited offensive on a sector you choose, timed to the Soviet blow.]
    ~ change_stalin(-5)
    ~ add_cas_chn(15)
    ~ chiang_offensive_timed = true
    You answer Moscow with a map instead of a protest. Not everywhere and not now; here, on the railways that feed the Japanese in the north, with your best divisions, on the day the Red Army crosses into Manchuria. Give us the date, you write, and we will give you the Japanese reinforcements that never arrive.
    Moscow grumbles at the delay. But the staff officers in the Soviet command can read a map, and a blow timed to their own is worth more to them than a bloody gesture in May.
    You spend the summer readying a few good divisions and leaving the rest to train. It costs men when it comes, but it is an attack you believe in.
    You have not said yes and you have not said no. You have said when. In your diary you call that the whole art of a weak country.
* [Let the Communists carry the northern attack.]
    ~ change_unity(-10)
    ~ change_stalin(5)
    ~ add_cas_chn(10)
    The Japanese rear in the north is where the Eighth Route Army lives. You tell the ambassador that China's northern offensive will be carried by the northern forces, and you name them. Moscow can hardly object to Communists attacking Japanese.
    Yan'an cannot refuse. Its guerrillas cut railways in Shanxi and Hebei and pay for it in their own blood, which you had intended. But they also gain something you had not intended: a name in Moscow as the Chinese who fight when asked.
    The Soviet embassy is satisfied, for now. Your generals mutter that you have handed the Communists the north on a plate. You answer that you have handed them the casualties. You are not sure, by August, which of you is right.
    # codex: eighth_route_army
- -> ch_08_cards

// ── CH-7, S0: the Wuhan line after the 1938 pact ────────────────────────────
=== ch_07_s0
-> checkpoint("chapter") ->
# chapter: CH-7 The Wuhan Line
# date: September–October 1938
# place: Wuhan
# map: china
# music: tension
-> ch_act2_settled ->
The Russians beat the Kwantung Army in Mongolia in the last days of September, the way you had always hoped they would: armour on both flanks, a Japanese division encircled and destroyed at Nomonhan on the thirtieth, the day the Europeans sign at Munich. On the third of October the Japanese leave Zhanggufeng, the hill they took in July, and the prisoners go home.
# codex: nomonhan

And then, before the autumn is out, Moscow and Tokyo sign a pact of non-aggression.

You learn of it the way a creditor learns that his debtor has married. The Soviet ambassador explains that it changes nothing, that the aid to China is a separate matter. You thank him and go on reading the text.

{ aid_cut:
    The ambassador is lying, and both of you know it. The August bargain stands: Tokyo left the hill, and Moscow's deliveries to China have stopped. The last convoys from Alma-Ata were turned back at the border of Xinjiang. The Soviet pilots at Hankou are packing.
- else:
    This time he may be telling the truth. Your envoys' tea and tungsten and promises bought something in August: the aircraft keep coming, though fewer, and the Soviet pilots at Hankou are still flying.
}

Yet the Japanese have their own lesson. The reinforcements they had loaded for China were stopped at Harbin and kept there while the Kwantung Army fought, and the generals in Tokyo who talked of striking north have been shamed. China has been given weeks it did not expect.
# codex: harbin

{ wuhan_respite:
    You have not wasted them. Since July the machine shops of Hankou have been going up the Yangtze on barges and lorries, the arsenals and cotton mills with them. The line east of the city is dug deep and manned.
- else:
    You had not planned for them. The factories of Hankou are still mostly in Hankou, and the line east of the city is thinner than it should be.
}

Your generals want to use the time three different ways, and each of them is right about something.

* [Hold Wuhan itself, and make the Japanese pay for every street.]
    ~ change_supply(-10)
    ~ change_opinion(5)
    ~ add_cas_chn(20)
    You order the three cities of Wuhan held. The river is mined and the approaches fortified, and divisions that should be moving west stay to fight in the lanes of Hankou and Wuchang.
    When the Japanese come at last, in late October, they find it slow going. The world's newspapers print photographs of the barricades, and foreign correspondents write that China has learned to defend a city.
    But the men and guns you spend in the streets are the ones you needed for the next line. In the end the city still falls, and the machines that were left inside fall with it.
    On the night before you leave you walk a street in Hankou where the barricade is built from the street's own goods: bales of cotton, a tram on its side, the iron doors of a bank. A company of Guangxi men sleeps behind it in rows, rifles across their chests. Their captain wakes to salute you, and you tell him to lie down again. At the corner an American photographer has set up his tripod to wait for the morning light. You leave by air before it comes. At Hengyang you write in your diary that you have bought the world's respect with the machines you could not move, and you pray that the price was just.
* [Hold the outer line and finish moving the arsenals west.]
    ~ change_supply(10)
    ~ add_cas_chn(10)
    You will not fight for the city's name. You fight for its machines. Every barge on the Yangtze is requisitioned, every lorry; the workshops go up the gorges to Chongqing in pieces, and the divisions on the outer line hold long enough for the last of them to pass Yichang.
    { wuhan_respite:
        Because you started in July, the work is nearly done by October. When the Japanese come, they find empty factories and a line that gives ground slowly and in order. The line holds into the winter.
    - else:
        Starting late, you save perhaps half of what you might have. But half is a great deal of steel.
    }
    The foreign press calls it a retreat. Your quartermasters call it the only victory of the year.
    In the second week of October you go down to the landing stages at Yichang, where the river leaves the plain for the gorges. Barges lie three deep along the bank. Lathes wrapped in oiled sacking stand on the mud beside the porters who carried them off the steamers, and a foreman from the Hanyang arsenal shows you a ledger in which every machine has a number and a boat. The shallow-draught steamers take them up through the gorges one convoy at a time, hauled by trackers on the towpaths where the current beats the engines. You watch one convoy until it turns the first bend. There is nothing heroic in the sight. It is how a country survives.
* [Counter-attack while their reinforcements are held at Harbin.]
    ~ change_diplo(5)
    ~ change_stalin(5)
    ~ change_supply(-10)
    ~ add_cas_chn(20)
    The Japanese in front of Wuhan are tired, short of shells after the summer, and waiting for divisions that are sitting in railway sidings in Manchuria. You send your best divisions against their flank on the north bank of the Yangtze.
    It goes better than most Chinese attacks have gone. Some ground is taken and held; a Japanese regiment is cut up in the hills. The foreign papers notice. So does the Soviet embassy, which likes Chinese attacks in principle.
    It uses up the shells you had been hoarding for the winter. When the Japanese reinforcements finally arrive in late autumn, you meet them with less.
    A week after the attack the divisional commander sends you a trophy by aeroplane: a Japanese regimental flag, scorched at one edge, and with it the list of his own dead, written out by his clerks in three columns. You have the flag hung in the staff room, where the foreign attachés will see it. The list stays on your desk. That evening your chief of ordnance brings his own figures: the shells fired in four days on the north bank, and the shells left for the whole of the Wuhan front. He reads both numbers aloud and stands waiting. You tell him to buy more from anyone who will sell, and he goes out without asking with what.
- -> ch_08_cards

// ── CH-8: Stalin's two cards ─────────────────────────────────────────────────
=== ch_08_cards
-> checkpoint("chapter") ->
# chapter: CH-8 Two Chinese Cards
# date: Summer–autumn 1939
# place: Chongqing
# map: china
# music: council
Friction is the word your staff uses for it. In the villages of Hebei and Shandong, in the hills of Shaanxi, in the marshes north of the Yangtze, your troops and the Communists' troops meet and sometimes shoot. Each side's reports describe the other side as the aggressor. Both are sometimes right.
# codex: mao
# codex: united_front

The United Front was signed in the autumn of 1937 because Japan left no other choice. Mao Zedong sits in Yan'an and sends you courteous telegrams, and his men sit in the Japanese rear and grow. When the war began, the Eighth Route Army was a few tens of thousands of men. You no longer believe anybody's figures for it.
{ unity >= 60:
    You have honoured the front more than your own party thinks wise: funds for the Eighth Route Army, a representative in your councils. There are men in the Central Committee who say you have fed a tiger.
- else:
    You have kept the Communists at arm's length since the front was signed: funds delayed, permits refused, their newspapers watched. Yan'an complains about it to Moscow. You know it does.
}

# codex: zhou_enlai
Zhou Enlai, the Communists' man in Chongqing, is the most courteous guest you receive. He agrees with you about the Japanese, about patience, about China. You have known him since the Whampoa academy, where you were the commandant and he ran the political department. You have never once known what he was thinking.

{ tl == "S1":
    This summer the game has a new player. Moscow's war in the north has made Stalin the most important man in China's affairs who is not Chinese. His advisers are in your staff rooms and his envoys in Yan'an, and both receive the same smile. He holds two Chinese cards, and he can lead with either.
- else:
    Moscow has never stopped playing both hands. The Comintern talks to Yan'an; the embassy talks to you. Each of you is told, quietly, that the Soviet Union prefers him. You suspect that Stalin prefers whichever of you is weaker that month.
}

{ chiang_forced_offensive:
    Since May it has been worse. The Russians learned that a threat works on you, and now they offer to help you "settle" the Communist question, as though it were theirs to settle.
}
{ tl == "S0" && aid_cut:
    With the aid gone, Moscow's only lever in China is Yan'an. You have noticed that the Soviet line on the Communists has grown warmer as its aircraft stopped arriving.
}

In September the reports from the north grow worse: a battalion of yours disarmed by Communist guerrillas in Hebei, a Communist district office burnt by your troops in Shandong. Each side has its dead. Each side has a telegram ready.

Four courses lie on your desk, drafted by four different men.

* [Accept Soviet mediation, and Soviet advisers in your command.]
    ~ change_unity(10)
    // In S1 the advisers come with a Red Army at war next door: a heavier grip.
    { tl == "S1":
        ~ change_autonomy(-20)
    - else:
        ~ change_autonomy(-15)
    }
    ~ change_stalin(10)
    You ask the Soviet ambassador to help keep the peace between the two Chinese armies. Moscow is delighted. A Soviet general sits at your planning table now, another travels to Yan'an, and for a season the shooting in the north dies down.
    It costs you in ways the ledgers do not show. Orders to your northern armies are read in the Soviet embassy before they reach the front. Disputes between you and Mao are decided by a referee who speaks Russian.
    { tl == "S1":
        Stalin, who holds both cards, now holds the table they are played on. You suspect he is pleased with the arrangement. You also suspect that if he ever needs a more obedient China, he knows where Yan'an is.
    - else:
        The Communists are pleased too. They have the same referee, and they have always been better at his language than you.
    }
* [Strike the Communists while Japan is distracted.]
    ~ change_unity(-25)
    ~ change_stalin(-20)
    ~ change_autonomy(10)
    You order the northern commanders to clear the Communists out of the districts they have taken without permission, and to do it before Yan'an can complain to anybody.
    The fighting is short and savage, and not one bullet of it is spent on the Japanese. Your troops take back a string of county towns in Hebei and Shanxi. The Communists melt into the hills, as they always do, and come back at night, as they always do.
    Moscow's reaction is glacial. The embassy speaks of the anti-Japanese front "betrayed" and the convoys from Lanzhou slow. Zhou Enlai calls on you, drinks his tea, admires the scroll on your wall and leaves without once mentioning the north. A courteous adversary is the most tiring kind.
    You have shown you are master in your own house. You have also shown Stalin which of his two cards is the less reliable.
* [Propose a joint KMT–CCP command for the north.]
    ~ change_unity(15)
    ~ change_stalin(5)
    ~ change_autonomy(-5)
    You send a proposal to Yan'an through Zhou Enlai: a single northern command, with your officers and theirs on the same staff, one set of war zones, one set of orders against the Japanese, and a commission to settle the clashes.
    It goes against everything your own party asks of you. Half the Central Committee thinks you are handing Mao a uniform. But a joint command is a command you sit at the head of, and it gives Moscow no reason to referee.
    Yan'an hesitates, then accepts in principle, with a thousand reservations. The shooting in the north does not stop. It slows. Moscow welcomes Chinese unity in the name of the anti-Japanese front, and has less to whisper to anyone.
    { tl == "S1":
        When the Red Army comes into the Northeast, it will find one Chinese front waiting for it, not two. You want that very badly.
    }
* [Restrict them quietly: no offensive, no concessions.]
    ~ change_unity(-5)
    ~ change_autonomy(5)
    You do what you have done since 1937. No open break: the front stands on paper. But permits for the Communists' newspapers are slow, funds for the Eighth Route Army are slower, and your commanders in the north have standing orders to contain the Communist areas and not let them grow.
    The clashes go on at the rate they went on before, a few dozen dead here, a few there, each side's telegrams a little sharper every month.
    It is a policy of patience, and patience is what you do best. It is also a policy that lets both sides count the other's dead and remember.
    In October Zhou Enlai sends you a bundle of the Communists' own Chongqing newspaper, the issues your censors have held back, tied with string, with his card of compliments on top. You have it brought into your study and read the front pages standing. Your censors have already cut half the columns, and the gaps are printed as blank white squares in the grey type, so that each page looks like a mouth with teeth knocked out. You send the bundle back with your own card, thanking him for his attention to the national press. Neither card says anything. Both say enough.
- -> ch_09_patron

// ── CH-9: a patron, or a seat at the table ──────────────────────────────────
=== ch_09_patron
{ tl == "S1":
    -> ch_09_s1
}
-> checkpoint("chapter") ->
# chapter: CH-9 Which Patron?
# date: August 1939
# place: Chongqing
# map: europe
# music: council
{ tl == "S0":
    In Europe the great powers are preparing to fight each other, and in Asia nobody is fighting for China. The Russians have their pact with Tokyo. The British want no trouble in the Far East while Hitler is at their door. The Americans sell scrap iron to Japan.
- else:
    In Europe the great powers are preparing to fight each other. In Moscow a British and French military mission has been talking with Voroshilov since the eleventh of August, about divisions and railways and whether the Red Army may cross Poland. Nobody in those rooms talks about China.
    # codex: voroshilov
}

Your ambassadors report from every capital, and every report asks the same question. When the war in Europe comes, who will still have aircraft and credits to spare for China?

{ tl == "S0" && aid_cut:
    Moscow has already answered that question once, at your expense. But Stalin is a man who sells the same horse twice, and your ambassador there believes the aid could be resumed, quietly, if China were useful again.
- else:
    The Russians have been the only ones to give you real weapons: about a thousand aircraft over two years, guns, trucks, advisers, pilots who died in Chinese colours. They have also been the only ones to ask you for anything in return.
}
{ diplo >= 60:
    London and Washington are listening more than they were. The Burma Road is open, after a fashion, and the Americans have lent against tung oil. Sympathy is turning, slowly, into credit.
- else:
    London and Washington are sympathetic. Sympathy is cheap. The Americans lend a little against tung oil; the British worry about Hong Kong.
}

You must decide where to put your weight before the war in Europe decides for you.

* [Lean on Moscow: it is the only patron that has delivered.]
    ~ change_stalin(10)
    ~ change_supply(10)
    ~ change_autonomy(-10)
    ~ change_opinion(-5)
    ~ ch_leaned_on_moscow = true
    You instruct your ambassador in Moscow to make China's case for the next credit and the next convoys, and to say as warmly as he can that China values the friendship of the Soviet Union above any other. To give the words weight you send him with something to offer: more tungsten and tea at Moscow's prices, and a larger Soviet advisory staff at your headquarters, with a seat at the planning of the winter's operations.
    It is true, as far as it goes. The Soviet Union has sent what nobody else would send. Whatever happens in Europe, you tell your diary, the Russians still have the Japanese on their border, and that is what makes them reliable.
    You do not put much weight on the word "reliable".
    The ambassador's reply comes by wireless ten days later, in the long cipher, and takes your clerks a morning to read. He was received by a deputy commissar, not the commissar. He was given tea with lemon, a silver dish of sweets and an hour in which the Russian asked about the Communist districts in Shanxi, about prices in Chongqing, about the morale of your pilots. Of the credit he was told only that it is being studied with all goodwill. You read the cable at your desk with a blue pencil, marking each question the Russian asked and none of the answers, and then you send for the register of convoys from Lanzhou and read down its column of arrival dates, one by one, to the last.
    The offer does its work where the words did not. Before the month is out the convoys from Lanzhou run to time again, with engines and shells as well as aircraft, and two Soviet colonels take desks beside your operations staff, where they read the plans for the winter before your own army commanders do. In Washington a columnist writes that Chungking now takes its aircraft and its opinions from the same place, and the State Department does not contradict him.
* [Lean on London and Washington.]
    ~ change_diplo(10)
    ~ change_opinion(10)
    ~ change_stalin(-5)
    You send your best English-speakers to the Americans and the British. China's case is the democracies' case, they say: a war against aggression that has lasted longer than anyone's, fought by a government that asks for nothing but the means.
    Madame Chiang writes to her American friends and speaks on the radio to an American audience. Washington listens more closely. Moscow, which reads your cables, listens too.
    # codex: soong_mei_ling
    That evening the ambassador of the Soviet Union asks for an audience and is given one on the terrace of your residence above the river, where the air is a little cooler. He brings a box of Crimean cigarettes and no message. He speaks for half an hour of the weather in Moscow and the excellence of Chinese pilots, and he asks, in passing, whether Madame Chiang's broadcast will be printed in the Chinese papers. You tell him it will. He smokes one of his own cigarettes to the end, thanks you, and goes.
    The broadcast is printed the next week in forty American newspapers, and the letters that come back to Madame Chiang by the sack, from church halls in Ohio and women's clubs in California, are read aloud in Washington by men who want to be re-elected. The cigarettes go to your guards. Tonight you pray a little longer than usual, for patience with friends who read your cables.
* [Keep your counsel and promise nothing to anyone.]
    ~ change_autonomy(5)
    ~ change_diplo(-5)
    You instruct every ambassador to listen, to thank, and to commit China to nothing. The war in Europe will rearrange all the patrons in the world. You will wait to see where they stand when it is over.
    It is your habit and it has served you. But the ambassadors complain that a government which offers nothing is offered nothing, and the Americans begin to wonder aloud what China actually wants.
    At the end of the month the American naval attaché comes up the river on a gunboat to see you, and sits in your reception room in a wet white uniform while the fans turn overhead. He has a list of questions from Washington. You answer each of them with a courteous account of China's sacrifices, and none of them with a number. When you have finished he closes his leather notebook on a page he has not used, and asks whether there is anything China would like him to tell his government.
    You tell him China is grateful. He bows and goes back down to the landing stage in the rain. The mind that is not moved cannot be moved by others, either.
- -> chiang_act3

// ── CH-9, S1: the tripartite talks ──────────────────────────────────────────
=== ch_09_s1
-> checkpoint("chapter") ->
# chapter: CH-9 A Seat at the Table
# date: late July – August 1939
# place: Moscow
# map: europe
# music: council
The British and the French have been talking to the Russians since the middle of March. Nobody in London thought much of the Red Army a year ago. Then the photographs came out of Mongolia: Japanese tanks abandoned beside the roads, a whole Japanese division gone. The opinion of military men in two capitals has changed faster than their maps.
# codex: tripartite_talks

In the north the Red Army has finished its build-up along the Trans-Siberian, and everyone at the table knows that the Manchurian offensive is days away.

In the first days of August the talks become formal, in Moscow, and for the first time China has a chair. So does Poland. Your delegates report that the British want economic cooperation and a common front against Hitler, the French and Russians want a full military alliance, and everybody wants to know what will happen in the Far East.

// One of these at most: how the Soviet delegation treats yours.
{
- stalin <= 30:
    The Soviet delegation barely greets yours. Your men sit at the end of the table, and the Russians speak of "the Chinese question" as though China were not in the room.{chiang_offensive_timed: Only the Soviet staff officers, who have seen the map of the sector your divisions will hit, come down the table afterwards with questions.}
- chiang_forced_offensive:
    Your chair was bought with the May offensive. The Soviet delegation treats your men as allies, and a little as dependents. It introduces them before they can introduce themselves.
- chiang_offensive_timed:
    Your delegates can point to a map: the sector your divisions will hit when the Red Army moves. The Soviet staff officers have begun to treat them as partners with something to offer.
}

The terms taking shape are these. If war breaks out in Europe, Britain and France will declare war on Japan. They will not be expected to do anything much about it until Germany is beaten. In return, each side promises a great offensive within six months of a war with Germany. And Moscow asks to put a quarter of a million soldiers into Poland and the Baltic states, which the Poles refuse as you would refuse it in their place.

There is a whisper of a secret understanding, too: no Soviet bargain with Hitler, and the Western powers looking away from whatever the Russians do in the Baltic.

A declaration of war on Japan by two empires. It is more than China has been offered in eight years. It is also, your delegates point out, a promise of nothing until some other war is over.

* [Demand an immediate Western war on Japan.]
    ~ change_diplo(-10)
    ~ change_opinion(15)
    Your delegates stand up in the conference room and say it plainly: China has been fighting alone since 1937. A declaration that waits upon Germany's defeat is a declaration for some other generation. China asks for ships and aircraft now.
    The speech is printed in every Allied newspaper, and readers in London and New York are moved. The Manchester Guardian prints it in full, the New York Times on its front page, and for a fortnight China's war is the war people in the democracies argue about at breakfast. The diplomats in the room are not. The British explain, with patience, the state of their fleet in the Pacific.
    The talks go on without China's voice. Whatever the powers agree in the end, they agree it over your delegates' heads.
    Afterwards Admiral Drax, who leads the British mission, takes your senior delegate aside in a corridor. He is sorry, he says, and your delegate believes he means it: he has no ships he can spare east of Suez, and will not pretend to have them. He offers a cigarette, which your delegate accepts, and a car back to the embassy, which he declines. The report of the conversation reaches you by cable two days later, and you read it twice in the cool of the dugout while the sirens sound over the river. An honest man who can give nothing is still a man who gives nothing, and the Japanese will read the newspapers too.
* [Accept a declared war with action deferred.]
    ~ change_diplo(10)
    ~ change_stalin(5)
    ~ change_opinion(-5)
    ~ tripartite_deal = true
    You instruct your delegates to sign what China can sign and to smile while signing it. A declaration is a declaration. Japan will have to count British and French ships in every plan it makes, and its diplomats will not sleep easily in any capital of Europe.
    The deal is closed in the last days of August. The Soviet delegation is pleased with you; the British are relieved. Hitler, your ambassador hears, tried to make his own bargain in Moscow and found the door shut.
    It is paper. But paper is what a weak country builds its house on while it waits for bricks. The newspapers of the democracies, which printed China's cause all summer, read it otherwise. A London editorial calls the declaration a promise of nothing, and asks why a China that has fought alone for two years has signed to go on fighting alone until Germany is beaten. The letters to Madame Chiang from America grow fewer that autumn.
    The signing is done late at night, in a long room with green baize on the table and a bottle of mineral water at every place. Your senior delegate signs below the British and French names and above nobody's. Molotov shakes his hand afterwards and holds it a moment longer than protocol asks, for the photographers. The photograph reaches Chongqing a fortnight later by air, grey and grainy, your man's face half turned from the lens. You have it framed for the reception room, where visitors will see a Chinese general among the powers of Europe. For a long while after the frame is hung you find reasons to pass through that room.
* [Push Washington for economic pressure instead.]
    ~ change_diplo(15)
    ~ change_opinion(10)
    ~ change_stalin(-5)
    You tell your delegates to be polite in Moscow and to spend their real effort on the Americans, who are not at the table at all. A British declaration of war with nothing behind it will not stop one Japanese ship. An American decision to stop selling oil and scrap iron would stop many.
    Madame Chiang works her American friends; your ambassador in Washington works the State Department. Senators begin to ask why American metal is building Japanese bombers, and the Secretary of State receives your ambassador twice in one week, which he has not done for any Chinese envoy before.
    # codex: soong_mei_ling
    Moscow notes that you have gone around it, and your chair at the table in Moscow is moved, at the next session, from beside the Soviet delegation to the end. But the Americans remember who asked first.
    In September your ambassador sends you a clipping from a Washington paper: a photograph of a freighter at a Pacific wharf, loaded to the rails with scrap iron, old rails and bedsteads and the crushed bodies of motor cars, bound for Yokohama. Beneath it a senator asks how many Chinese towns that cargo will fall on. The ambassador's covering letter says the question is being asked in committee rooms now, and not only from church pulpits. You keep the photograph on your desk for a week, under the glass, beside the casualty returns from Hubei. Every pound of that iron, you think, will come back to China from the sky, unless somebody in Washington decides to stop selling it.
- -> chiang_act3
