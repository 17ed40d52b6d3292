// ─────────────────────────────────────────────────────────────────────────────
// Chiang Kai-shek — Act III (August 1939 – 1941): CH-10 … CH-12.
// Entry: chiang_act3 (from Act II). Exit: -> checkpoint("final").
// Order: history and S0 run CH-10, CH-11, CH-12 (April–June 1941).
//        S1 runs CH-10, the Mukden world event, CH-12 (winter 1939), CH-11.
// World events (bible §5.2 scripting note), S1 only: harbin_pocket is set in
// August 1939 (the pincers meet at Harbin); mukden_taken if CH-7 B or C was
// taken and stalin >= 40 after CH-10; otherwise the offensive stalls short of
// Mukden. Flags set here: peace_feelers, n4a_crushed, northeast_to_ccp,
// harbin_pocket, mukden_taken. No new VARs.
// ─────────────────────────────────────────────────────────────────────────────

=== chiang_act3
// The last option of Act II ends here: the HUD credits it with its own effects
// only, and an ending it brought on fires before the settling washes it out.
-> checkpoint("act2") ->
~ act_settle()
-> ch_10_betrayed

// Between Act II and Act III: what act_settle() did, told in Chiang's diary.
// Called after the chapter tag of CH-10.
=== ch_act3_settled
{ meters_moved():
    From the diary. Rain on the river all week. Reread the year's entries and was ashamed of the temper in them. The telegrams that seemed so urgent in spring are old paper now; the foreign capitals and my own party keep the year in round numbers, the sharp edges of it worn a little toward the middle. Resolved again to govern the temper and let time do what anger cannot. {casualties_moved(): The late returns from the front are worse than the first ones, as they always are: the missing found, and found dead.}
    In the margin, the accounts as they now stand: {changes_since_mark()}.
}
~ forget_mark()
->->

// ── CH-10: betrayed twice ───────────────────────────────────────────────────

=== ch_10_betrayed
-> checkpoint("chapter") ->
# chapter: CH-10 Betrayed Twice
-> ch_act3_settled ->
{ tl == "S1":
    -> s1_news
}
# date: 23 August – 16 September 1939
# place: Chongqing
# map: europe
# music: tension
# sfx: telegraph
The telegram from your ambassador in Moscow arrives on the morning of the twenty-fourth, decoded in a hurry, with a clerk's correction in the margin. On the evening of the twenty-third the Soviet Union and Germany signed a pact of non-aggression. Molotov and Ribbentrop put their names to it in the Kremlin, with Stalin in the room.
# codex: molotov_ribbentrop_pact
# codex: molotov

You read it standing up. Germany is Japan's partner in the Anti-Comintern Pact. Germany's military mission trained your best divisions until last year. Now Germany and the Soviet Union, the two powers that have given China the most, have made friends with each other, and neither has asked China's opinion.

{ tl == "S0":
    It is the second time in a year that Moscow has signed with one of China's enemies. The first was the pact with Tokyo last autumn, after Nomonhan. Your generals have a phrase for it already: Stalin buys his quiet with other people's wars.
- else:
    In the north, the Russians are finishing their battle at Nomonhan. Since the twentieth of August their armour has been closing round the Japanese on the Khalkha. The news from there has been the best news of the summer. Now you wonder what it was for.
}

# date: 1–17 September 1939
# map: europe
On the first of September Germany invades Poland. Two days later Britain and France declare war on Germany. Europe is at war, as you always said it would be, and its war is not yours.

{ tl == "S0":
    In the north nothing moves at all. The border the Russians and Japanese fixed last year holds. The Kwantung Army sits in Manchuria and watches Siberia, and Tokyo looks south, at the oil of the Indies, more openly every month.
- else:
    On the fifteenth the Soviet Union and Japan sign a ceasefire in Moscow; the guns on the Khalkha fall silent the next day. Two days later the Red Army crosses into eastern Poland. The Soviets have made peace in the east to eat in the west, and the Japanese, whom they have just beaten, are free to turn their full weight back on China.
    # codex: nomonhan
}

{ch_leaned_on_moscow: Earlier this month, on your instructions, your ambassador told a deputy commissar that China valued the friendship of the Soviet Union above any other, and offered tungsten and a seat at your planning table to prove it. You send for his cable and read your own words in it again, in the light of this one. The colonels at the desks beside your operations staff come to work as usual that morning, and you greet them as usual.}

Your staff watches you for a sign. You write in your diary that the world has been rearranged by men who did not ask you, and that a man who is not asked must be ready to be forgotten. Then you put the diary away and ask what has happened to the October convoys.

-> ch_10_choice

= s1_news
# date: late July – August 1939
# place: Chongqing
# map: manchuria
# front: s1_manchuria
# music: battle
# sfx: artillery
The Red Army crosses into Manchuria in the first week of August, from the north over the Amur and from the west out of the Gobi, and for ten days your maps cannot keep up. Then the two pincers meet at Harbin. More than ten Japanese divisions are inside the ring.
~ harbin_pocket = true
# codex: harbin

They do not surrender. They hold until the fifteenth of August, and every day they hold is a day lost from the Soviet timetable. The Russians wanted to be on the road to Mukden by now. They are still digging Japanese out of Harbin's railway yards.
{ chiang_forced_offensive:
    Your own divisions, thrown in in May, have nothing left to give. The Japanese in central China know it and hold their ground with reservists.
}
{ chiang_offensive_timed:
    On the day the Red Army crossed the border, your best divisions struck the railways that feed the Japanese in the north, as you had promised. Two Japanese divisions meant for Manchuria are still fighting in Henan.
}

# place: Pingfang
When Harbin falls the Russians find a walled compound at Pingfang, south of the city, that the Japanese tried to blow up and failed. Foreign journalists are taken through it. Their reports reach Chongqing in a week.
# codex: pingfang
# codex: unit_731

Scientists lying dead beside their burnt papers. Prisoners shot in their cells in the last hours. Starved survivors. Documents, half-burnt, describing experiments on living people and the breeding of disease for use in war. Most of the dead were Chinese.

You read the reports alone, and then you read them again to Madame Chiang. For years your government has said that the Japanese were using germs and gas in China and the world has half believed it. Now the world believes it. You take no satisfaction in being believed.
# codex: soong_mei_ling

# place: Chongqing
# map: europe
{ tripartite_deal:
    In Europe, the thing you were promised does not happen. With the Russians bound to Britain and France, Hitler does not march on Poland after all. There is no war in Europe this autumn, and so the declaration of war on Japan, which depended on one, never comes. It was a promise about a war that has been postponed.
- else:
    In Europe the talks have failed. On the twenty-third of August, to the astonishment of everyone who was at the table, Moscow signs a pact of non-aggression with Berlin, to keep its western door shut while it fights in the east. On the first of September Germany invades Poland. Britain and France go to war with Germany. Nobody goes to war with Japan.
    # codex: molotov_ribbentrop_pact
}
// Spent: nothing after this scene reads the tripartite deal.
~ tripartite_deal = false

# date: 2–15 September 1939
# map: sakhalin
Then the north turns. The Japanese navy has cut off North Sakhalin; the island's Soviet defenders give up conventional resistance on the second of September and go into the mountains. Within days your agents in Shanghai and Hong Kong hear that Japan has made Moscow an offer: North Sakhalin back, in exchange for a Soviet withdrawal from Manchuria.
# codex: sakhalin

Nobody in the Soviet embassy mentions the offer to you. You learn of it from a Japanese source in Shanghai, and then from the Americans. Whatever Stalin answers, he means to answer it without China.

The Northeast, which the Red Army has half freed, could be traded back to Japan for an island. You write in your diary that you have been betrayed twice this summer, once by promises and once by silence, and that the second is worse because it has not happened yet.

-> ch_10_choice

= ch_10_choice
{
- tl == "S1":
    You must answer before the Russians do.
- tl == "S0" && aid_cut:
    Moscow traded its aid to China for a hill last year, and nothing you could say now would make it poorer. But the Russians still have Japan on their border, and there may yet be a price at which the road through Xinjiang opens again. Unless China gives Stalin a reason to think otherwise.
- else:
    The aid is what matters now. Moscow's aircraft, Moscow's guns, Moscow's trucks on the road from Lanzhou. Whatever Stalin has signed, he still has Japan on his border, and a China that keeps fighting is still useful to him. Unless China gives him a reason to think otherwise.
}

* [Protest publicly.]
    ~ change_opinion(5)
    ~ change_stalin(-10)
    { tl == "S1":
        You summon the foreign press to your residence and say, in measured sentences that you have written and rewritten, that the Northeast is Chinese soil, that no island anywhere is worth it, and that China will recognise no bargain struck over her head.
    - else:
        You have your foreign ministry issue a statement, and then you give an interview yourself. China, you say, will not be bargained over. China regrets that a power which calls itself her friend has shaken hands with the friends of her enemy.
    }
    The statement is printed in every Allied paper and praised in most of them. Editorialists in London and New York write that China is the one nation in Asia that has never made terms with aggression.
    The Soviet ambassador does not call for two weeks. When he does, he is correct and cold, and he mentions that deliveries will be "reviewed".
    That evening a delegation of students from the refugee universities climbs the steps from the river to thank you. Their spokesman, a thin boy in a Western jacket out at the elbows, reads an address that calls you the conscience of Asia. You give them tea and ask each of them where his family is. Most of them do not know. When they have gone your secretary reports that the Soviet embassy has cancelled the dinner it was to give for your air staff on Saturday, with regrets and without a reason. You read the students' address through once more before you put it away in the drawer, with the ambassador's card of regret beneath it.
* [Quietly secure the next credit.]
    ~ change_stalin(5)
    ~ change_supply(5)
    ~ change_opinion(-10)
    // The August offer to Moscow (CH-9 A) is what makes the quiet request pay twice.
    { ch_leaned_on_moscow:
        ~ change_supply(5)
    }
    You say nothing in public. In private you send your ambassador to the Narkomindel with a list: the aircraft still owed under the last credit, the next tranche, the route through Xinjiang.
    { 
    - tl == "S0" && aid_cut:
        Moscow, which expected a protest, is relieved to get a shopping list instead. It does not reopen the road; it cannot, with a pact in Tokyo. But a few crates of spares and a few instructors arrive at Lanzhou by routes nobody writes down.
    - tl == "S1":
        Stalin's answer comes through the usual channels. The Japanese offer, it implies, has been received and will be treated as it deserves. The next credit is approved. You will never know whether one of those sentences paid for the other.
    - else:
        Moscow, which expected a protest, is relieved to get a shopping list instead. The credit is confirmed; the convoys resume; the Soviet pilots at Lanzhou receive new SB bombers before the winter.
        # codex: sb_bomber
    }
    { ch_leaned_on_moscow:
        The advisers you seated at your planning table in August do the rest. Their reports to Moscow describe a Chinese command that keeps its word, and the first tranche of the credit is released a month early, with a second shipment of engines that nobody had asked for.
    }
    Your own ministers think you should have said something. You tell them that China cannot eat indignation. The foreign press says it for them: the Allied papers, which had waited for China's voice, note its silence, and a New York editorial asks whether Chungking has any opinions left that Moscow has not approved.
    Their complaint reaches you in writing too: a memorandum from members of your party's Central Executive Committee asking why the government has been silent while a friendly power embraced China's enemies. You answer it in your own hand, in three lines, and have it sent back. Then you go to evening prayers in the small room off your study, as you do every day, and ask for the humility to be thought a coward by honest men. Your wife finds you there afterwards and sits beside you without speaking until the guards change at the door. In the morning the ambassador's cable is on your desk, listing what the shopping list has bought. It is not much, and it is not nothing.
* [Open secret talks with Tokyo.]
    ~ change_stalin(-20)
    ~ change_unity(-15)
    ~ change_diplo(-5)
    ~ peace_feelers = true
    There have always been people who would carry a message to the Japanese. Some of them have already gone over to Wang Jingwei; some are still in your own government, and say they are only being practical. You let one of them go to Hong Kong with a letter that commits you to nothing and says a great deal.
    # codex: wang_jingwei
    The Japanese answer quickly. { tl == "S1": They are desperate to free their divisions from China to fight the Russians, and they would pay almost any price except the Northeast. | They are bogged down in China and would like to leave it with something to show.} Their terms are insulting. They are also, for the first time, terms.
    It does not stay secret. Nothing in Hong Kong does. Within a month the Soviet embassy knows, and so does Yan'an, which tells every newspaper in China that the Generalissimo is preparing to surrender. The Communists have never had a better gift.
    That night you tell Madame Chiang that you were only listening. She looks at you for a long moment and does not answer, and you know that no one will believe it, including you.
* {tl == "S1"} [Send Madame Chiang to make the Northeast a Western question.]
    ~ change_diplo(10)
    ~ change_stalin(-5)
    You ask your wife to go to Washington and London. She speaks English better than any Chinese diplomat and has friends in the American press who will print whatever she says.
    Her message is simple. The Red Army is in Manchuria. If the Northeast is handed back to Japan, or kept by Russia, the democracies will have lost the one region of China that everyone agrees matters. If it returns to China, China will be their ally in Asia for a generation.
    The Americans, who have never cared much about Xinjiang, care a great deal about Manchuria. There are editorials, and questions in the Senate, and a long conversation in the State Department about what Washington would guarantee.
    Moscow notices that China has gone to the West with a Soviet question. Its goodwill is a shade cooler. But it cannot now trade the Northeast away quietly, because nothing about the Northeast is quiet any more.
- // CH-9 A's flag has had its last reader: cleared so Act III carries one state fewer.
~ ch_leaned_on_moscow = false
{ tl == "S1":
    -> ch_10b_mukden
}
-> ch_11_n4a

// ── S1 world event: the road to Mukden ──────────────────────────────────────
=== ch_10b_mukden
# date: September–November 1939
# place: Chongqing
# map: manchuria
# music: battle
{ (chiang_forced_offensive || chiang_offensive_timed) && stalin >= 40:
    ~ mukden_taken = true
}
The answer to Tokyo's offer comes in tanks. Stalin, your people in Moscow hear, was furious that Japan thought an island worth a country. More armour and more aircraft go east on the Trans-Siberian, and the Red Army turns south from Harbin toward the railway cities.

{ mukden_taken:
    It is a race against the first snow, and the Russians win it. The Japanese cannot bring enough men north to hold the line: { chiang_forced_offensive: your May offensive, for all its waste, has kept their garrisons in central China pinned in place | your timed blow on the railways has kept two divisions in Henan when they were needed at Changchun}. In late October Soviet tanks enter Mukden.
    # codex: mukden
    The city where the Japanese began it all in 1931 is in Russian hands, and Hsinking with it. The Kwantung Army is split in two: what is left of it falls back toward Korea and the Liaodong ports.
    # codex: hsinking
    You hear it in the middle of a staff meeting. Nobody speaks for a full minute. Then an old general who was in the Northeast in 1931 begins to weep, and you allow it.
- else:
    It is a race against the first snow, and the Russians lose it. The siege of Harbin cost them a month, and { chiang_forced_offensive || chiang_offensive_timed: Moscow, angry with China since September, will spend nothing more to help a Chinese blow in the south | no Chinese blow ever came to hold the Japanese in the south}. The Japanese bring divisions north from China and dig in across the railway short of Changchun.
    The offensive stalls in November, with the Soviets holding Harbin and the north, and the Japanese holding Hsinking, Mukden and the road to Korea. Winter closes the front like a door.
    Half of the Northeast is in Russian hands. The other half is still Manchukuo. Your generals call it half a victory. You call it two occupations.
}

{ chiang_forced_offensive && stalin >= 60:
    The Soviet ambassador tells you that China will, of course, be consulted about the liberated territories. The words "of course" are doing a great deal of work.
}
-> ch_12_s1

// ── CH-11: the New Fourth Army ──────────────────────────────────────────────
=== ch_11_n4a
-> checkpoint("chapter") ->
# chapter: CH-11 The New Fourth Army
# date: January 1941
# place: Chongqing
# map: china
# music: tension
{ tl == "S1":
    A year has passed since the fighting in the Northeast ended. { northeast_to_ccp: The Communists administer Harbin and the liberated north under Soviet protection, and their armies there grow fat on captured Japanese stores. | { mukden_taken: The Northeast is Chinese again, at least on paper, and the arguments over who truly governs Harbin and Mukden fill a drawer of your desk. | Harbin and the north are Chinese again, at least on paper; Mukden and the south are still Manchukuo, across a frozen front.} } South of the Great Wall the old war goes on, smaller than it was and no less bitter.
- else:
    In 1940 the world went on being rearranged without you. In March Wang Jingwei set up his government in Nanjing under Japanese protection and called it the Republic of China. In July the British closed the Burma Road for three months to placate Tokyo. In September the Japanese moved into northern Indochina and signed a pact with Germany and Italy.
    # codex: wang_jingwei
    In October a letter came from Stalin himself, about China's position after that pact and the need to strengthen the Chinese army. You read it many times. It promised nothing and it was, you decided, a promise: as long as Japan is Germany's ally, Moscow needs China on its feet.
    # codex: stalin
}

The new chief Soviet military adviser is Vasily Chuikov, a broad, blunt general with an army command behind him and an instruction, you suspect, to keep you fighting the Japanese and nobody else.
# codex: chuikov

Now the report on your desk says that your troops and the Communists' New Fourth Army have fought in southern Anhui, south of the Yangtze. You had ordered the New Fourth to move north of the river. It was slow to go. Your commanders on the spot say it was ambushing them; its commanders say they were ambushed. The firing has been going on for days, and the New Fourth's headquarters column is surrounded in the hills.
# codex: new_fourth_army

{ unity >= 60:
    The joint arrangements you made in the north have held, mostly. This is the first clash in a year that threatens to break them.
- else:
    It is not the first clash. It is the largest, and the one everyone has been waiting for.
}
{ peace_feelers:
    Yan'an has spent months telling China that you are talking to the Japanese. Its men in Anhui believe it. Yours believe the Communists are waiting for the day you fall.
}

Your commanders ask for orders. They would like to be told to finish it.

Chuikov asks for an audience. So does Zhou Enlai. You know before either of them opens his mouth what each will say, and you know that each will be watching the other's face while he says it.
# codex: zhou_enlai

* [Finish it: crush the New Fourth Army and disband it.]
    ~ change_unity(-25)
    ~ change_stalin(-10)
    ~ change_autonomy(5)
    ~ n4a_crushed = true
    You give the order your commanders want. The encircled column is destroyed in the hills, its men killed, scattered or marched into camps; its commander is taken prisoner. You announce that the New Fourth Army has mutinied and is disbanded.
    The Communists do not accept the word. In Chongqing their paper prints a mourning inscription in Zhou Enlai's hand, past your censors, and people read it on the walls. Yan'an names a new commander and the New Fourth Army goes on existing north of the Yangtze, angrier and larger.
    Chuikov makes it plain, with a bluntness no diplomat would use, that Moscow did not send its weapons to China for a war between Chinese. Moscow slows the deliveries, and does not explain why.
    The United Front survives on paper. Nobody in China believes in it any more, and you are not sure you ever did.
* [Reprimand your own commanders and stop the fighting.]
    ~ change_unity(5)
    ~ change_autonomy(-5)
    You order a ceasefire in southern Anhui and let the surviving New Fourth columns cross north of the Yangtze, as your original order required. Then you summon the commanders responsible and reprimand them in front of their staffs.
    It is one of the hardest things you have done in this war. Your own party thinks you have lost your nerve. Men who have fought the Communists since 1927 send you letters that are barely polite.
    But the front holds. Zhou Enlai thanks you with a courtesy that for once seems almost real. Chuikov reports to Moscow that the Generalissimo can be reasoned with.
    You write in your diary that patience is harder with one's own side than with the enemy, and that a man who cannot govern his own household should not speak of governing the Northeast.
* [Stop short, and use it as a bargaining chip with Moscow.]
    ~ change_stalin(5)
    ~ change_unity(-10)
    You let the fighting stop where it stands, with the New Fourth badly mauled but not destroyed, and you send word to Chuikov. The incident, you say, is a matter of military discipline. It might be settled generously, if Moscow were generous in turn: the next aircraft, the next advisers, the next credit.
    Chuikov understands perfectly. He does not like it, but he cables home, and Moscow prefers a bargain to a civil war. The deliveries continue.
    The Communists understand too. They have been traded, and they will remember what they were traded for.
    Chuikov comes to see you a week later with his interpreter and a folder. He lays out the aircraft Moscow has released, type by type, and the dates they will land at Lanzhou. Then, without being asked, he lays beside it a second sheet: the names of New Fourth Army officers held by your Third War Zone, which Yan'an has sent him through channels of its own. He does not ask for them. He leaves the two sheets side by side on your table when he goes. You put the first in the safe. The second you give to your chief of staff, with the order that nobody on it is to die without your signature.
- { tl == "S1":
    -> ch_act3_close
}
-> ch_12_otl

// ── CH-12, history and S0: Manchukuo's integrity ────────────────────────────
=== ch_12_otl
-> checkpoint("chapter") ->
# chapter: CH-12 Manchukuo's Integrity
# date: 13 April 1941
# place: Chongqing
# map: moscow
# music: council
# sfx: radio
The Japanese foreign minister, Matsuoka, has been travelling through Europe all spring: Berlin, Rome, Moscow. Your people report that in Moscow he asked to buy North Sakhalin and was refused. Everyone expects him to go home with nothing.
# codex: matsuoka

On the thirteenth of April he signs a neutrality pact with Molotov, for five years. Stalin comes to the station to see him off, which Stalin does not do.
# codex: neutrality_pact_1941

{ tl == "S0":
    It completes what the 1938 pact began. But there is more this time.
}
With the pact comes a declaration. The Soviet Union will respect the territorial integrity and inviolability of Manchukuo. Japan will respect those of the Mongolian People's Republic.

You read it three times. Ten years ago the Japanese took the Northeast and made it a state, and for ten years no great power except Japan's friends has recognised that state. Now the one power that has armed China against Japan has signed a paper saying that Manchukuo's borders are inviolable.
# codex: manchukuo

{ n4a_crushed:
    You know why Moscow did it now. After Anhui, your own embassy says, the Russians concluded that you were as interested in fighting the Communists as the Japanese. They have insured themselves.
}
Your foreign ministry issues a statement that the declaration has no validity for China. It is correct in law, and no one in Moscow will read it.

# date: 22 June 1941
# map: europe
# sfx: radio
Two months later you are proved right about something else. You had told your staff days before that Germany would attack Russia; nobody believed you. On the twenty-second of June the German armies cross the Soviet border from the Baltic to the Black Sea.

In your diary that evening you write that China is now halfway out of her national danger. The Russians will have no more aircraft to spare for anyone; that you understand. But Germany has made Russia a belligerent, and Japan is Germany's ally, and somewhere ahead there is a war in which China will not be alone.
# codex: barbarossa

{
- aid_cut:
    There have been no Soviet convoys since 1938. What you have is what the Burma Road and your own arsenals could give you, and it will have to do.
- supply < 40:
    The Soviet convoys, already thin, stop almost entirely by the summer. The advisers are recalled one by one.
- else:
    The Soviet convoys thin through the summer. The advisers are recalled one by one. You had stored what you could.
}

How you answer Moscow now decides what it will remember of China when its own war is over.

* [Denounce the declaration and turn to Washington.]
    ~ change_diplo(15)
    ~ change_stalin(-10)
    You do not leave it to the foreign ministry. You speak yourself: China will never recognise any agreement that disposes of Chinese territory, by any power, for any reason.
    And you turn, openly now, to the Americans. Lend-Lease, opened to China in the spring, begins to flow. American volunteer pilots are being recruited for your air force under Chennault. In July Washington freezes Japanese assets; in August the oil stops.
    Moscow, fighting for its life, hardly notices your protest. Washington notices everything, and for the first time it is starting to plan with you rather than for you.
    In the summer an American officer comes up from Rangoon with a typed list of what Washington means to ship this year: lorries, rifles, aviation spirit, rails, a field hospital. He reads it aloud in an accent your interpreter struggles with, and at the end asks what China needs most. You tell him aircraft. He smiles and says that aircraft are what everyone needs most. Through the autumn you watch the list become ships, and the ships become lorries grinding up the Burma Road in low gear, with American stencils on their doors. You had expected to feel gratitude. What you feel, reading the tonnage returns each week, is the old care of a debtor who has changed his creditor.
* [Swallow it and keep whatever aid still comes.]
    ~ change_stalin(5)
    ~ change_autonomy(-10)
    You say nothing in public beyond the foreign ministry's statement, and in private you assure the Soviet ambassador that China understands the Soviet Union's difficulties.
    It keeps a few more convoys on the road through Xinjiang for a few more months. It costs you in Washington, where some officials wonder aloud whether China is a Soviet client, and in your own party, where men say you have swallowed the Northeast whole.
    In the end the aid fades anyway. The Russians need every aircraft at Smolensk and Kiev. You have paid for goodwill you can no longer spend.
    Your ambassador in Washington cables a conversation from a dinner in Georgetown, where an assistant secretary of state asked him pleasantly, over the fish, whether the Chinese government now took its foreign policy from Moscow, and whether it would take its war aims there too. The ambassador answered with a joke about the fish. He reports the question in full and the joke in a single line. You read the cable at breakfast, between the bulletins from Smolensk, and ask your secretary for the list of officials in Washington who still answer Madame Chiang's letters. It is shorter than it was in April, and you keep it on the desk until lunch.
* [After 22 June, offer Stalin an alliance if he will fight Japan.]
    ~ change_diplo(5)
    { stalin >= 50:
        ~ change_stalin(5)
    - else:
        ~ change_stalin(-5)
    }
    You send your ambassador to the Kremlin within the week with an offer: an alliance against Germany and Japan both, China's armies beside the Red Army, if the Soviet Union will fight Japan.
    { stalin >= 50:
        Stalin receives it warmly and declines it. He cannot fight in the east while the Germans are at Smolensk. But he remembers that you offered, and says so.
    - else:
        Stalin declines it through an assistant. He cannot fight in the east while the Germans are at Smolensk, and he is not inclined to be lectured on alliances by you. The offer is filed.
    }
    The Americans hear of it and are impressed that China wants to fight everybody. The British are alarmed. It is the kind of gesture you rarely make, and you are not sure it was wise.
    Your ambassador's full account comes by cable a week later. He was taken to the Kremlin at one in the morning, along corridors where every window was taped against blast, and kept waiting in an anteroom beside a general from the front who slept upright in his chair with his cap on his knees. The audience, when it came, lasted eleven minutes. He was offered tea and had no time to drink it. On the wall map, he writes, the pins for the German armies had been moved east since the morning. You read the cable twice, and then stand a long while before your own map of China, on which nothing has moved since the winter.
- -> ch_act3_close

// ── CH-12, S1: who rules the Northeast? ─────────────────────────────────────
=== ch_12_s1
-> checkpoint("chapter") ->
# chapter: CH-12 Who Rules the Northeast?
# date: December 1939
# place: Chongqing
# map: manchuria
# music: council
The front in the Northeast has frozen, and the question you have dreamed of for eight years is now a practical one, to be decided by telegram. { mukden_taken: The Red Army holds Harbin, Hsinking and Mukden, and the railway between them. | The Red Army holds Harbin and the north. The Japanese still hold Mukden and the south.} The Chinese who live there have not been asked anything by anyone.

A Soviet military administration runs the cities. Its officers are efficient and not unkind. They have put Japanese prisoners to clearing rubble and Chinese clerks back in their offices. They have not put up a single Chinese flag.

Moscow asks you, politely, how China proposes to administer the liberated territories.
{ chiang_forced_offensive:
    The word "propose" is courteous. Since May, Moscow has known that it can tell you things.
}
{ chiang_offensive_timed:
    The Soviet staff officers have not forgotten the railways your divisions cut on the day they crossed the border. The question is put to you as to an ally, and an ally can say no.
}

Yan'an has already answered the same question without being asked. Communist cadres are in Harbin, organising the workers; Communist columns have crossed the old border from Rehe; and the Soviet commandants are letting them. 
{ unity >= 60:
    Because there is a joint northern command, they come in under your flag, or beside it. Mao's men in the Northeast are, on paper, your men.
- else:
    They come in under their own flag, and the Soviets have not stopped them.
}

// Whether the Western guarantee (and with it the demand for a full handover) is on offer: one line each way, so the player reads why the option is there or not.
{diplo >= 70: You have one card that you have never held before. The Americans and the British have let your ambassadors know that they will support a full return of the Northeast to China, if China asks for it, and if China can hold it without Soviet troops.}
{diplo < 70: Your ambassadors try London and Washington. They are sympathetic. They will say nothing in public about a territory the Red Army has just freed, not without a stronger China behind the request. Without their word behind you, a demand that the Red Army hand the Northeast back would be a bluff Moscow could call in an afternoon, and you will not make it.}

* [Send KMT officials in under Soviet protection.]
    ~ change_autonomy(-10)
    ~ change_stalin(10)
    You accept Moscow's arrangement: Chinese governors for the provinces, Chinese police in the cities, and the Red Army staying "until order is secure", with Soviet advisers at every level.
    The Chinese flag goes up over Harbin. Your officials arrive by Soviet aircraft and are met by Soviet officers who tell them where to live. They discover within a week that nothing moves on the railways without a Soviet permit.
    It is the Northeast restored in name. In practice you rule it at Moscow's pleasure, and the Communist cadres in the factories and the Soviet commandants in the railway stations know it as well as you do.
    In January the first report of your new governor in Harbin comes south by Soviet courier, its seals intact, which tells you it has been read. He describes his office, a Japanese bank with a Soviet sentry at the door, and his staff: six men from Chongqing and forty Chinese clerks the Japanese trained. Three times he has asked the Soviet commandant for coal for the city's hospitals. The coal is in the railway yards, under Soviet guard. At the end he asks, in the form of a compliment to your wisdom, whether he is a governor or a guest. You do not answer that paragraph. You answer all the others, at length.
* {diplo >= 70} [Demand a full handover, backed by Western guarantees.]
    ~ change_autonomy(15)
    ~ change_stalin(-10)
    ~ ch_handover_demanded = true
    You tell the Soviet ambassador that China thanks the Red Army for its sacrifice and asks that it withdraw, by stages, on a timetable, with Chinese divisions moving in as it goes. You add that Washington and London have been informed and support the request.
    The ambassador goes white, then grey. Moscow's reply takes three weeks, and it is the coldest document you have ever received from the Soviet Union. But it does not refuse. Stalin has a war in Europe to think about, whether it has started or not, and the Americans have asked him a question he does not want to answer in public.
    Soviet troops begin to leave Harbin in the spring. Your divisions come north by rail to meet them. Nobody embraces anybody.
* [Let the Communists run the liberated north.]
    ~ change_unity(10)
    ~ change_autonomy(-15)
    ~ northeast_to_ccp = true
    You decide you cannot govern what you cannot reach. Your troops are a thousand miles away; the Communists are already there, and the Soviets are letting them stay. You agree that the northern provinces will be administered by the "local anti-Japanese forces" for the duration of the war.
    Yan'an is delighted and says so. Moscow is pleased to have so little to decide. The United Front has never looked healthier, on paper.
    You know what you have done. You have given the richest provinces in China, with their mines and railways and arsenals, to the one Chinese party that wants your place. You tell yourself that it is for the duration.
    A fortnight later Zhou Enlai calls with a gift: a Harbin newspaper in which your portrait and Mao's stand side by side above a proclamation of the new administration of the Northeast. Your portrait is the smaller. Zhou apologises for the printer. You thank him for his courtesy and keep the newspaper, folded in four, in the back of your diary, where you will see it every evening until the war is over.
- -> ch_11_n4a

// ── Close of Act III ────────────────────────────────────────────────────────
=== ch_act3_close
# date: December 1941
# place: Chongqing
# map: china
# music: elegy
{ tl == "S1":
    The years run together after that. The war with Japan goes on, smaller in the north and larger in the south. Europe goes its own way. The Soviet officers in your staff rooms come and go.
- else:
    On the morning of the eighth of December, Chongqing time, the radio brings news from Hawaii and Malaya. The Japanese have attacked the Americans and the British on the same day.
    # codex: pearl_harbor
}

{ tl == "S1":
    You sit up late with the diary open at the last page of the year. You write the date, and the weather, and that China has survived another year of other people's wars, and that surviving was the only strategy China ever had.
- else:
    You sit up late with the diary open. The entry is short. You write the date, and the weather, and that you have waited four years for this, and that waiting was the only strategy China ever had.
}
-> checkpoint("final")
