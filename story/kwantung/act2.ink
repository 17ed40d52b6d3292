// ─────────────────────────────────────────────────────────────────────────────
// Kwantung campaign — Act II (1939 on OTL/S1; August–November 1938 on S0).
// Major Kurosawa Eiji, Kwantung Army operations section, Hsinking (fictional).
// Entry: kwantung_act2 (from Act I). Exit: -> kwantung_act3.
// ─────────────────────────────────────────────────────────────────────────────

=== kwantung_act2
~ act_settle()
{ tl == "S0":
    // Spent in Act I: nothing in the S0 line reads the defector's value again.
    ~ lyushkov_value = ""
    ~ kw_clique_blocked = kw_clique_blocked && not nomonhan_1938
    { nomonhan_1938:
        -> kw_05n_halt
    }
    -> kw_05s_seventh_august
}
-> kw_05_order_1488

// Between Act I and Act II: what act_settle() did, told in the operations
// section's idiom. Called after the chapter tag of each first scene of Act II.
=== kw_act2_settled
{ meters_moved():
    Tokyo reduces the summer to a paragraph, and the paragraph to a tone, and the tone is all the Central Authorities will remember. The section reads the General Staff's digest with its jaw set. The gentlemen at Miyakezaka have never stood on the border, but they have opinions about it, and they file the Kwantung Army's summer in round numbers, rounded toward the comfortable middle. {casualties_moved(): The regimental rolls are corrected after the fact: the missing struck off as killed in action, the field hospitals' short lists added. The Army does not forget its dead, however small Tokyo would like the number.}
    The section's own summary, pinned over the map: {changes_since_mark()}.
}
~ forget_mark()
->->

// ═════════════════════════════ OTL / S1: 1939 ═══════════════════════════════

=== kw_05_order_1488
-> checkpoint("chapter") ->
# chapter: KW-5 Principles for Border Disputes
# date: spring 1939
# place: Hsinking
# map: manchuria
# music: council
-> kw_act2_settled ->
The new men from Tokyo arrive in the first week of March with their trunks and their opinions. Lieutenant Colonel Hattori Takushirō takes the desk by the stove. Colonel Terada Masao, who has come to head the section, takes the one by the window and asks, on his first morning, where the maps of the Halha are kept.
# codex: hattori
# codex: terada

You show him. They are bad maps: Russian sheets from before the revolution, Manchukuoan sheets that disagree with them, and a Kwantung overlay in red pencil that agrees with whichever sheet suits the argument of the day. The river is the border, says the red pencil. The Mongols say the border runs some sixteen kilometres east of it, across the grass around Nomonhan.
# codex: nomonhan

Major Tsuji Masanobu has been drafting rules for these arguments all winter. He hands you the file in the corridor, as if it were already settled, and tells you the chief of staff wants a clean text within the month. The file is thick with his handwriting, quick and slanted and very sure of itself.
# codex: tsuji

The principle is simple, and you have heard it in the mess for a year. Where the line is unclear, the commander on the spot decides where it runs. Anyone who crosses it is to be destroyed, and a small loss of face at a border post is worse than a large risk of war. Tokyo's caution at Kanchazu and Changkufeng, the draft says without quite saying, has taught the Russians that they can lean on the Kwantung Army.

{underestimate: You believe most of it. The Red Army you read about in the defector's files is a body without a head: its commanders shot, its staffs afraid to write anything down.}
{lyushkov_value == "high": Lyushkov's numbers are still pinned above Terada's desk, and nobody has taken them down.}
~ lyushkov_value = ""
{changkufeng_held: The Korea Army held its hill last summer, and every officer in this building wants a hill of his own.}

Down the corridor, General Isogai Rensuke, the chief of staff, is waiting for the text. Above him, General Ueda Kenkichi will sign whatever the staff agrees on, provided it reads like an army and not like a debating club.
# codex: isogai
# codex: ueda

* [Write it as Tsuji wants: the commander fixes the line and destroys intruders.]
    You sharpen the sentences until there is nothing soft left in them. Where the border is unclear, the divisional commander determines it. Intruders are to be annihilated, and in doing so a temporary crossing of the border is permitted.
    You do not write what everybody in the room understands: that the order lets a division commander start a war and explain it afterwards.
    Tsuji reads your text standing up and nods once. Hattori asks whether Tokyo will see it before it goes out. Terada says that Tokyo will see it when it arrives, which is the usual way.
    The text goes out under Ueda's name as Operations Order 1488. Nobody in Tokyo objects in writing. Nobody in Tokyo, you suspect, reads it closely.
    # codex: order_1488
    ~ change_leash(-10)
    ~ change_stalin(-10)
    ~ change_north(5)
* [Write restraint into it, as Komatsubara did after the November patrol clash.]
    You remember the first of November: a patrol clash on the Mongolian border, and General Komatsubara Michitarō forbidding any retaliation and punishing his own officers for wanting it. You put his practice into the rules.
    # codex: komatsubara
    Where the line is unclear, units hold their ground and report. Nobody crosses the river. Fire is returned, not carried forward, and the decision to go further belongs to Hsinking and then to Tokyo.
    Tsuji reads your draft in silence and puts it back on your desk unsigned. He shouts at lieutenants; he saves his silences for equals. In the mess that evening a captain you trained with asks whether you have applied for a post in the Foreign Ministry.
    Isogai sends it on, with Tsuji's principles attached as an annex "for study". You have won the text and lost the room. The order that goes out under Ueda's name is yours, and everybody knows whose it is not.
    The mess has its own way of keeping score. By the end of the week the section's spring war game against the Maritime Province has been struck from the programme, and nobody on the floor protests aloud.
    ~ kw_order_restrained = true
    ~ change_leash(10)
    ~ change_stalin(5)
    ~ change_north(-5)
* [Write Tsuji's rules, and go with him to look at the ground first.]
    You write the hard text, but you want to see the ground it will be used on. Tsuji already has a plan for that. It is a picnic.
    A staff car, a lorry of officers in field caps, rice balls and beer, a walk along the wire within sight of the Soviet post. The officers stretch, urinate towards the Soviet Union, leave a bottle and a packet of cigarettes on a post as gifts, and laugh loudly. Behind them two men with cameras work quickly and without laughing.
    The photographs are good. For the first time you have a picture of the ground between the river and the wire that is not an argument in red pencil. You also have a memory of a Soviet sentry watching the whole show through field glasses, very still.
    The order goes out under Ueda's name as Operations Order 1488, and the photographs go into the divisional files at Hailar.
    # codex: order_1488
    # codex: hailar
    ~ change_leash(-10)
    ~ change_supply(5)
    ~ change_stalin(-5)
- Spring comes late to Hsinking. The ice goes out of the rivers in the north; the grass comes up along the Halha; the Mongols bring their horses to it, as they have always done.
-> kw_06_intruders

=== kw_06_intruders
-> checkpoint("chapter") ->
# chapter: KW-6 Destroy the Intruders
# date: March–May 1939
# place: Hailar
# map: khalkhin_gol
# front: nomonhan_may
# music: tension
# sfx: telephone
General Komatsubara's 23rd Division has been at Hailar for less than a year. It is the newest division in the army and the least tried, and its commander knows it. He was once the head of the Harbin special services agency; he reads the Russians, people say, better than he reads his own regiments.
# codex: 23rd_division

The telephone line from Hailar is bad even on good days. On this one Komatsubara's chief of staff is asking, again, for authority to clear the Mongols from the east bank of the Halha whenever they next come across. Under the new order he does not strictly need it. He asks anyway, because a division that has never fought likes to have a name on the paper.
{kw_06_paper_note()}

Hattori wants to know what you recommend. Tsuji has already recommended it, loudly, to anyone within range.

* [A small mixed force: a reconnaissance unit, a few trucks, enough to chase horsemen.]
    You recommend something light and fast. Horsemen do not need an army; they need to be shown that the grass has an owner.
    Nothing happens for weeks. Then, on 11 May, Mongolian horsemen and Manchukuoan cavalry clash east of the river, and on the 13th Komatsubara decides to destroy the intruders. Ueda approves, sends him an air group and urges caution in the same telegram, which is how Ueda likes to run a war.
    The force that goes out is Lieutenant Colonel Azuma Yaozō's reconnaissance detachment with some infantry attached. It crosses the grass, finds the Mongols gone, finds them back, and finds, on 28 May, Soviet armour and guns where the reports said there were only horsemen.
    # codex: azuma_detachment
    The detachment is surrounded and destroyed. Eight officers and ninety-seven men are killed and thirty-four wounded: nearly two thirds of the unit. Azuma is among the dead.
    You read the casualty return at your desk with the window open. It is the first time you have seen the word "annihilated" used about the Kwantung Army rather than by it.
    The word does its work in the building. By evening the floor is talking of revenge and of the honour of the 23rd Division, and the talk goes to Tokyo in every telegram. In Moscow the same return is read the other way: the Japanese came across the grass, and were beaten, and will come again. The Soviet notes stop arguing about the border and start announcing it.
    ~ change_stalin(-5)
    ~ change_north(5)
* [A strong force: a regiment with artillery and trucks, and make the lesson last.]
    You want the lesson to be unforgettable: an infantry regiment, a battalion of guns, every truck the division can find, and aircraft overhead. The Mongols will come back to the east bank, and the division will be there before the grass is green.
    Hattori signs. Isogai signs with a small frown. The trucks go out across the snow-crusted steppe from Hailar, and the Manchukuoan cavalry goes ahead of them looking for a fight. In Tokyo, where Changkufeng is still remembered as a humiliation, the news of a regiment on the move with its guns is toasted at the officers' club at Kudan as proof that the Army has remembered its purpose.
    ~ change_north(10)
    {kw_06_strong_force()}
    Afterwards you go out to Hailar to see the lorries come back. They come in at dusk along the ruts, fewer than went out, some towing others, canvas torn, with wounded men lying across the fuel drums in the back. A transport sergeant stands at the barracks gate with a board, checking each number against the list that left and calling the missing ones to a clerk. Komatsubara watches from the headquarters steps with his hands behind his back and does not speak to you. When the last lorry is in and the gate is shut, the sergeant brings the board to you and salutes, because it was your recommendation that sent them out.
* [Leave it to the Manchukuoan border troops, and protest through the diplomats.]
    You recommend that the Manchukuoan border guard deal with herdsmen, and that the Foreign Ministry send a note. A division does not answer horsemen; it answers armies.
    Tsuji calls it a counsel of cowardice in front of three clerks. Komatsubara, who once punished his own officers for wanting a fight, lets the silence stand until Tsuji looks away, and the 23rd Division stays in its barracks.
    The May incident stays small. A Manchukuoan patrol exchanges shots with Mongolian riders, both sides file protests, and the note from Hsinking's Foreign Ministry office goes to Moscow by way of Tokyo and is answered by a sharper one.
    But the Soviet note is not the end of it. In early June the reports from the river begin to speak of Soviet trucks on the east bank, of gun positions on the heights beyond it, and of a new Soviet commander who does not wait for notes. The grass has an owner now, and it is not Manchukuo.
    In Tokyo the note is read as a sign that Hsinking has learned manners. On the floor it is read as the week the Kwantung Army let horsemen graze on its maps, and the war-game maps of the Amur stay rolled in their cupboard.
    ~ change_leash(10)
    ~ change_diplo(5)
    ~ change_north(-5)
-
{ tl == "S1":
    The war you were told was impossible has begun, and it has begun in March.
- else:
    By June the Halha is no longer a border quarrel. It is a front.
}
-> kw_07_airfields

=== function kw_06_paper_note()
{ stalin <= 45:
    ~ return "The intelligence section has noticed something else: Moscow is not answering protests this spring. Soviet notes have stopped arguing and started warning."
}
~ return "The intelligence section thinks Moscow is busy with Europe and will not care much about a few square kilometres of grass."

// The S1 gate (story bible §3.6): OTL, Moscow already committed, and the strong force.
=== function kw_06_strong_force()
~ temp committed = (tl == "OTL" && stalin <= 45)
~ change_supply(-10)
~ change_leash(-5)
~ change_stalin(-10)
{ committed:
    ~ tl = "S1"
    ~ add_cas_jpn(1)
    ~ return "They find their fight on 11 March 1939, two months before anyone planned one. Manchukuoan cavalry ambushes a party of Mongolian horsemen looking for grazing; six of seventy-eight ride home. The Mongols come back for revenge, and behind them come Soviet troops, in numbers nobody at Hsinking believed possible in March. Your regiment is surrounded on its second sortie and gutted. Moscow, which had been waiting for a reason, has one."
}
~ return "The sweep finds little but hoof marks and cold ashes, and in May the Mongols come back as if nothing had happened. When the real clash comes, on 28 May, the Kwantung Army has more men on the east bank, and loses more of them, before the regiment pulls back across the grass."

=== kw_07_airfields
-> checkpoint("chapter") ->
# chapter: KW-7 Strike the Airfields
# date: {tl == "S1":12–16 March 1939|22–27 June 1939}
# place: Hsinking
# map: khalkhin_gol
# music: tension
# sfx: aircraft
The war on the Halha has moved into the air.
{ tl == "S1":
    It is March, and there is snow in the hollows along the Halha. Soviet bombers have struck Manchukuoan positions twice in a week. The Soviet command has brought in a man with a big staff and a big reputation: Shtern, who fought at Changkufeng, now with orders to finish what Moscow started.
    # codex: shtern
- else:
    The air battles over the Halha have been going on for days. Since 22 June, dozens of fighters at a time have met over the river, and both sides count more wreckage than there is. The Soviet news agency claims twenty-five Japanese fighters downed for three of its own. Your own communiqués are no more modest.
}
The target everyone talks about is Tamsak-Bulak, the Mongolian airfield and base far behind the river, where the Soviet aircraft sit in rows. General Giga Tetsuji's 2nd Air Division has a plan to catch them on the ground. Tsuji has been carrying it from office to office for days.
# codex: tamsak_bulak
# codex: 2nd_air_division

Then word comes by the back channels that the General Staff is sending an envoy to Hsinking, and that he is coming to stop exactly this. Tokyo does not want the incident carried into Mongolia. Tokyo wants nothing carried anywhere.

Tsuji's answer is to move the raid forward. He has already answered one telegram from Tokyo without troubling the chief of staff, and he is pleased with how it went.
{tl == "S1": Tsuji wants the bombs to fall while Germany is swallowing Prague, when every newspaper in the world will be looking the other way.}

* [Move the raid forward, so the envoy arrives to find it already done.]
    You find the aircraft, the fuel and the date, and you keep the date off every paper that goes to Tokyo.
    { tl == "S1":
        On 16 March, the day after German troops enter Prague, while Hitler proclaims his protectorate there, the bombers and fighters of the 2nd Air Division cross the Halha at dawn and hit Tamsak-Bulak.
    - else:
        On 27 June, three days ahead of the plan and ahead of the envoy, the bombers and fighters of the 2nd Air Division cross the Halha at dawn and hit Tamsak-Bulak.
    }
    The pilots claim about a hundred Soviet aircraft destroyed, twice what they lost over the river. Moscow admits to far fewer, and you suspect both sides are lying in opposite directions.
    Tokyo's answer is a single cold telegram: no more air strikes across the border without the General Staff's approval. Somebody in the building calls it an insult. You call it a warning and file it, and afterwards you think it was an accurate one.
    But the claim of a hundred aircraft goes round Tokyo faster than the telegram. For a week the newspapers print photographs of burning Soviet bombers, and men in the War Ministry who had written the north off begin to say that it can be done after all.
    ~ change_leash(-10)
    ~ change_stalin(-15)
    ~ change_supply(-10)
    ~ change_north(10)
* [Wait for the envoy and accept his limits.]
    You tell Isogai that a raid Tokyo learns about from the newspapers will cost the army more than it costs the Russians. He looks at you until the clock on his wall has ticked through most of a minute, then orders the aircraft held.
    The envoy arrives, sits in Isogai's office for a day and a half, and leaves with a compromise: air cover over the Manchukuoan bank, reconnaissance over the river, nothing deeper. Tsuji says the Kwantung Army has been put on a lead like a dog.
    But the lead also has a hand at the other end. The General Staff releases fuel and spare engines it had been sitting on, and the 2nd Air Division keeps its pilots for the fighting on the river instead of spending them on a raid.
    What it costs is the building's faith. The Soviet bombers go on using Tamsak-Bulak unhindered, and the floor, which had wanted to see them burn on the ground, stops talking about the north as a war it could win. Seishin, Tsuji tells the lieutenants, does not wait for envoys.
    ~ change_leash(15)
    ~ change_supply(5)
    ~ change_north(-10)
* [Answer Tokyo yourself, under your own seal, and let the raid go.]
    The General Staff has sent a telegram asking Hsinking to explain itself. You draft the reply, and you do not take it to Isogai. You take it to the signals room, where a lieutenant stamps it with a seal and asks no questions.
    The reply tells Tokyo, in words a little too polite to be polite, that the Kwantung Army knows the situation on its own front better than any office in Tokyo, and will settle the matter itself.
    { tl == "S1":
        The raid goes in on 16 March, the day Hitler proclaims his protectorate in Prague. The pilots claim about a hundred Soviet aircraft on the ground.
    - else:
        The raid goes in on 27 June. The pilots claim about a hundred Soviet aircraft on the ground.
    }
    When Tokyo learns who wrote the telegram, the word that comes back is not about aircraft. It is about discipline, and it names nobody, which means it names you.
    ~ change_leash(-25)
    ~ forged_orders = true
-
-> kw_08_one_bridge

=== kw_08_one_bridge
-> checkpoint("chapter") ->
# chapter: KW-8 One Bridge
# date: {tl == "S1":late March 1939|1–5 July 1939}
# place: Baintsagan
# map: khalkhin_gol
# front: bain_tsagan
# music: battle
# sfx: artillery
# codex: yasuoka_detachment
The plan has two arms.
{ tl == "S1":
    It was thrown together in three weeks. One arm presses the Soviet positions on the east bank. The other, the bulk of the 23rd Division, crosses the Halha, seizes the heights of Baintsagan on the west bank and comes down behind them.
- else:
    # codex: type_95
    The southern arm, Lieutenant General Yasuoka Masaomi's tanks, Type 89 mediums and light Type 95s, will push against the Soviet bridgehead on the east bank. The northern arm, the bulk of the 23rd Division, will cross the Halha, seize the heights of Baintsagan on the west bank and come down behind the Soviet positions.
}
# codex: baintsagan
The engineers have one pontoon bridge. One.
# codex: pontoon_bridge

Everything the northern arm is, every gun, every shell, every can of water, must go across it, and everything that comes back must come back across it. The engineers say a second bridge would take days and trucks the division does not have.
{supply < 30: The depots at Hailar are already scraped thin. The trucks that should be carrying shells are carrying fuel for the trucks.}
{forged_orders: Tokyo is watching every move Hsinking makes now, and it does not like what it sees. The telegram you sent under your own seal is in a file in Tokyo with your name on the cover.}
{leash >= 10: Because Hsinking waited for the envoy, Tokyo has lent the division its own aircraft for the crossing and a promise of more shells. It is the first time this year that Tokyo has given the Kwantung Army anything but orders.}
{leash <= -30 && not forged_orders: Tokyo's ban on air strikes is still in force. Whatever happens on the west bank will happen under a sky the Kwantung Army may not contest beyond the river.}

* [Cross on the single bridge, now, while the enemy is still thin.]
    The division crosses in the dark. By morning the infantry is on the heights of Baintsagan and the Soviet positions on the west bank are scattered. For a few hours the maps in Hsinking look the way Tsuji promised they would.
    { tl == "S1":
        Then the Soviet bombers find the bridge. It goes into the river in pieces on the third day, with the guns still waiting to cross. Shtern counter-attacks with armour three days later, and the force on the west bank is driven back more than twenty kilometres and routed. The disputed ground, all of it, is in Soviet hands by April.
    - else:
        Then the Soviet tanks come. A Soviet corps commander called Zhukov throws some four hundred and fifty of them at the heights without waiting for his infantry. Your anti-tank gunners and men with bottles of petrol burn them by the dozen, and still they come.
        # codex: zhukov
        By 5 July the northern arm is back across the river, over the same single bridge, carrying its wounded. The engineers blow the bridge behind them. The heights of Baintsagan are covered with burnt-out Soviet tanks and with your dead.
    }
    In Tokyo, for a week, the maps look the same way: a division across the Halha, on the enemy's bank, on the enemy's heights. Whatever came after, the Army has seen what its spirit can do, and the old dream of the Maritime Province is spoken of again in the corridors at Miyakezaka.
    ~ change_supply(-20)
    ~ add_cas_jpn(1)
    ~ change_north(5)
* [Wait for a second bridge and the trucks to use it.]
    You tell Hattori that one bridge is not a crossing; it is a bottleneck with a river under it. You ask for a week, a second bridge and two hundred trucks.
    You get the week and the bridge, and about half the trucks. When the division crosses, it crosses with its guns and a full load of shells, and it can come back the same way.
    The Soviets use the same week. The heights are held more strongly when you reach them, and the clash is slower and bigger: a grinding fight for the west bank instead of a raid onto it. It ends with your men back on the east bank in good order, which in this army counts as a defeat and is the best result it will have all year.
    ~ change_supply(10)
    ~ change_stalin(-5)
* [Fight on the east bank only, as Tokyo's instructions prefer.]
    The General Staff's instructions say it in so many words: the incident is to be settled on the east bank. You write the plan Tokyo wants, and Tsuji tells the corridor that you have gone soft.
    The division pushes against the Soviet bridgehead and does not cross. The fighting is bloody and local, and it is close to your own railheads instead of theirs. Nobody wins anything; nobody loses a division on the far side of a river.
    ~ change_leash(10)
    ~ change_north(-5)
    ~ add_cas_jpn(1)
    You drive out to the division's forward headquarters to explain the plan to the men who must carry it out. A regimental commander hears you through, looks across the river at the heights of Baintsagan in the evening light, and asks whether the Imperial will stops at the water's edge. You tell him Tokyo's instructions do. He thanks you, very formally, for the clarification, and you can see him composing the sentence he will use about you in the mess. On the east bank, that week, his men take two hills and lose one, and they never once see the enemy's guns, which are on the heights across the river. The casualty return at the end of it is as long as a crossing would have cost, and it buys no ground anyone in Tokyo can find on a map. The General Staff is satisfied. Nobody in Tokyo asks Hsinking for a plan to cross anything for the rest of the summer.
-
-> kw_09_third_offensive

=== kw_09_third_offensive
-> checkpoint("chapter") ->
# chapter: KW-9 Third Offensive or Winter Line
# date: {tl == "S1":April 1939|23 July – mid-August 1939}
# place: Hsinking
# map: khalkhin_gol
# music: tension
# sfx: artillery
The guns have had their turn, and the guns have failed.
{ tl == "S1":
    All through April the Soviet railway to the east runs day and night. The Kwantung Army has thrown its artillery at the Soviet positions on the river and run through its shells; the 23rd Division is holding a line east of the Halha that is too long for it.
- else:
    From 23 to 25 July the massed guns of the Kwantung Army fire on the Soviet bridgehead that covers the Kawamata bridge. For three days the gunners shoot as if shells grew on trees. Then there are no more shells, and the bridgehead is still there.
    # codex: kawamata_bridge
    The air force communiqué from Hsinking says six hundred and ninety-one Soviet aircraft have been destroyed in two months. You have seen the numbers it was built from, and you have stopped reading it.
}
Now the reconnaissance reports come in from the border: trucks. Thousands of trucks on the Mongolian roads, running at night with their lights off, running from railheads that are, by every Japanese calculation, too far away to supply a serious army.
{underestimate: You were taught the Red Army was hollow. The trucks do not look hollow.}
{supply <= 20: The Kwantung Army's own trucks are a different story. Half of them are broken down between Hailar and the river, and the other half are carrying fuel for the first half.}

General Isogai has told Tokyo that a large Soviet effort so far from the railway is logistically impossible. Tsuji agrees. Hattori half agrees. Terada wants a third offensive, and he wants it soon.

* [Believe the reports: shorten the line and dig in for the winter.]
    You put the reconnaissance photographs on Isogai's desk in a neat row: trucks, fuel dumps, a field of tents. You ask for the right to pull the 23rd Division back to shorter lines it can actually hold, and to dig.
    Isogai does not believe you. But he allows the shorter line, because it is cheap, and because you have made yourself impossible to ignore.
    The men dig in the sand with too few shovels. Some of them curse you by name.
    Tokyo hears the words winter line and reads them as the end of the affair, which is what Tokyo wanted to read. The building hears them too. An army that digs for the winter on the Halha is an army that has stopped marching north, and by the end of the week the General Staff has stopped asking Hsinking what it means to do next.
    ~ change_leash(5)
    ~ change_stalin(5)
    ~ change_north(-10)
    Isogai's adjutant gives you the shovels in a signed chit: four hundred, from the Hailar engineers, to be returned in good order. You drive out with the lorry yourself. At the new line a company commander, sunburnt to the colour of a saddle, takes the chit, reads it, and laughs until he has to sit down on the sand. Then he sets his men to digging in the dark, two to a shovel, and by morning the line has a shape.
    {kw_09_blow(8, true)}
* [Disbelieve them: plan the third offensive.]
    The trucks are a bluff, or they are fewer than they look, or they are carrying nothing. You write the plan for a third offensive and send it up, and the building approves of you again.
    Tsuji reads the draft over your shoulder and corrects a single word: where you wrote that the enemy may have reinforced, he writes that the enemy has exhausted himself. It reads better. Terada initials it the same afternoon. That night you stand on the roof of the headquarters with a cigarette and look west, where there is nothing to see but the lights of the new capital, and you do not let yourself count trucks.
    Below, in the courtyard, a dispatch rider starts his motorcycle for the airfield with the plan in his satchel. He kicks it three times before it catches, and the noise goes out along the avenue and comes back off the new ministries. Seishin, the instructors said at the academy, is what wins when the numbers do not. You finish the cigarette and go down to sign the movement tables.
    In Tokyo the plan is read as proof that the Kwantung Army still means to win, and the men in Tokyo who still dream of Siberia read it twice.
    ~ change_north(10)
    {kw_09_blow(18, false)}
* [Ask Tokyo for heavy artillery and fresh divisions before anything else.]
    You write to Tokyo for guns with range and for divisions that have fought before. Tokyo agrees in principle; Tokyo sends some of them as far as Harbin and holds them there, so that the Kwantung Army will not be tempted to use them.
    The promise is enough to keep the line where it is, and not enough to make it strong.
    ~ change_north(5)
    ~ change_leash(5)
    ~ change_stalin(-5)
    In early August you go up to Harbin to see the guns you were promised. They are there: fifteen-centimetre howitzers on flatcars under tarpaulin, their crews living in the wagons, drilling at nothing on the platform every morning at six. A battery commander asks you when they will go west. You tell him soon. He has been told soon by three officers before you, and he thanks you for it the same way he thanked them. The Soviet consulate in Harbin can count flatcars too. Within the week the intelligence section reports more Soviet trains east of Chita, as if Moscow had read your request before Tokyo answered it.
    {kw_09_blow(9, false)}
-
-> kwantung_act3

// The blow falls: 20 August 1939 (OTL) or 25 April 1939 (S1).
=== function kw_09_blow(blow, dug_in)
~ add_cas_jpn(blow)
// The army that believed the Red Army hollow pays for it (KW-1 C).
{ underestimate && not dug_in:
    ~ add_cas_jpn(2)
}
{ tl == "S1":
    { dug_in:
        ~ return "On 25 April the Japanese barrage falls on positions Shtern has quietly emptied. The division crosses anyway and finds itself in a trap whose wings close behind it at Nomonhan village. But because you held part of it back in its dug-in line, a third of the 23rd Division comes out of the steppe alive. Japan asks for a ceasefire. Stalin refuses it."
    }
    ~ return "On 25 April the Japanese barrage falls on positions Shtern has quietly emptied. The division crosses, and he lets it. Then the Soviet guns and bombers open up, and two armoured wings swing round and meet behind it at Nomonhan village. The 23rd Division will not surrender. It is destroyed where it stands. Japan asks for a ceasefire. Stalin refuses it."
}
{ dug_in:
    ~ return "On 20 August the Soviet offensive breaks on your shortened line. The wings of Zhukov's envelopment meet by the end of the month. But the line holds longer than it should have, and more of the division comes back. In Moscow on 15 September a ceasefire is signed, effective the next day."
}
~ change_north(-5)
~ return "On 20 August Zhukov's offensive breaks on both flanks at once: some fifty thousand men, nearly five hundred tanks, hundreds of aircraft, thousands of trucks that could not exist. The wings of the envelopment meet behind the division. By 31 August everything of yours inside the line Moscow claims has been destroyed. In Moscow on 15 September a ceasefire is signed, effective the next day."

// ═════════════════════ S0: the 7 August trade (no Nomonhan) ═════════════════

=== kw_05s_seventh_august
-> checkpoint("chapter") ->
# chapter: KW-5s The Seventh of August
# date: 7–10 August 1938
# place: Hsinking
# map: khasan
# front: s0_changkufeng_held
# music: council
# sfx: telegraph
-> kw_act2_settled ->
The offer has been on the table since the 7th: a staged withdrawal from the heights of Changkufeng, in exchange for an end to Soviet aid to China. No more Soviet bombers at Wuhan. No more volunteer pilots in Chinese colours. The hill, which nobody in Tokyo ever wanted, for the war that everybody in Tokyo wants to finish.
# codex: lake_khasan

The hill is still Japanese. The 19th Division's reverse-slope trenches have thrown back a Soviet division and then a Soviet corps, and a second division stands behind it on the road from Rajin. Your brother Shūji is somewhere in those trenches, not sleeping.

Moscow is taking it seriously. The intelligence section can tell from the traffic: fewer threats, more questions.

{kw_clique_blocked: You stopped your own clique from crossing at Nomonhan on the first of the month, and Hayama and Nishi have not forgiven you. | You let your clique make its little probe across the Khalkha, and it has bought you nothing but a Soviet field telephone and a stone in Moscow's shoe.} Now they want something else. They want the hill kept, the price raised, and the Russians taught to bargain on their knees.
{stalin < 50: The Soviet notes have a cold edge. The probe your friends made on the Mongolian border has not been forgotten in Moscow.}

* [Back the trade in full, honestly, in Hsinking and in Tokyo.]
    You write the Kwantung Army's opinion yourself, and you write it plainly: the trade is the best bargain Japan will be offered in this war. The hill is worth nothing. The Soviet aircraft at Wuhan are worth a great deal.
    The chief of staff reads it twice and sends it on. Your friends read it once and stop speaking to you in the corridor.
    In Tokyo, men who have never trusted the Kwantung Army read a Kwantung opinion that agrees with them. It is noticed.
    ~ change_diplo(10)
    ~ change_leash(10)
    ~ change_north(-5)
    That night Hayama leaves something on your desk: the map of the Amur islands he marked in red crayon two summers ago, folded in four, with nothing written on it. You understand it. It is the map of a man who believed you would always be on the side of the crayon. You put it in the drawer, under the carbon of your opinion, and throw neither away.
    When the courier leaves for Tokyo with the sealed envelope you watch him cross the station square in the rain. You do not think of the Imperial will, which is large and far away. You think of Shūji's trenches on the crest, which will be empty by the autumn if the paper in that envelope is believed.
* [Keep the hill and raise the price: Moscow must recognise the new line as well.]
    You write the opinion your friends want: the heights are the army's, won with its blood, and any withdrawal must be paid for twice. Add recognition of the new border. Add the Mongolian frontier.
    Moscow's questions stop. The threats come back.
    Your friends slap your back in the mess. The bill is somewhere else, in a Soviet staff that begins to plan for a war it had nearly talked itself out of.
    ~ change_stalin(-15)
    ~ change_north(10)
    ~ change_leash(-10)
    That evening Hayama brings a flask of good Nada sake to the section and pours for everyone, the clerks included. A toast to the hill, and to the army's blood in it. You drink.
    Later, alone with the carbon, you read the clause about the Mongolian frontier again and try to read it as a Russian staff officer will read it tomorrow morning: not as a price, but as a map of where the next war will be. On the road from Rajin the second division is still digging. Shūji writes that the Soviet guns have begun registering on the crest again, one round at a time, at dawn, as if measuring it.
* [Leave it to the Foreign Ministry and the Korea Army. Say nothing.]
    The hill belongs to the Korea Army and the talks belong to the diplomats. You keep your pen in your pocket and your opinion out of the files.
    The trade goes forward without the Kwantung Army's blessing or its curse. The Foreign Ministry notes, drily, that Hsinking has been unusually quiet. Moscow notes it too, and less drily: a Soviet note asks whether the Kwantung Army associates itself with the Japanese offer, and the question costs the talks a week.
    ~ change_diplo(5)
    ~ change_stalin(-5)
    It is harder than it sounds. For four days the telegrams cross your desk on their way to other desks, and every one has a sentence you could improve. Tsuji would have improved them all.
    On the fifth day a Korea Army captain comes through Hsinking on his way to Seoul, his hand bandaged, the clay of the road below the crest still on his puttees, and asks the section whether the Kwantung Army means to help or to watch. You tell him it means to watch. He bows exactly as deeply as a captain must bow to a major, and not a centimetre more. He will tell the trenches what you said, and the trenches will remember which army stood on the bank with its hands behind its back.
-
-> kw_06s_harbin_divisions

=== kw_06s_harbin_divisions
-> checkpoint("chapter") ->
# chapter: KW-6s The Divisions at Harbin
# date: late August 1938
# place: Harbin
# map: manchuria
# music: tension
# sfx: train
Trains full of infantry are standing in the sidings at Harbin. They were bound for the China front and the battle for Wuhan, where more than a million Chinese soldiers are holding the line of the Yangtze. Tokyo stopped them here when the hill was taken, in case the Russians tried something bigger.
# codex: harbin

They are held at Harbin, not given to the Kwantung Army. Everyone in Hsinking understands why. Tokyo does not trust Hsinking with spare divisions.

Your friends want them anyway. Massed on the border, they say, the divisions would make Moscow sign faster, on better terms. Massed on the border, you think, they would make a Soviet general do something stupid, or a Japanese major.

* [Let them go south to Wuhan, as Tokyo intends.]
    You tell the chief of staff that the divisions should leave, and leave visibly, on trains the Soviet consulate in Harbin can count.
    They go south in the last week of August. On the Soviet side of the border, after a few days, the tone of the radio traffic changes. Something is taken as a sign of good faith.
    Their lorries and half the Kwantung Army's spare motor transport go with them, because Wuhan needs trucks more than Harbin does.
    You know what the divisions will do on the Yangtze. You have read the reports from Nanking. You do the arithmetic of the border and leave the other arithmetic to someone else.
    In the mess, somebody asks you whether you are drawing a salary from the Foreign Ministry yet.
    ~ change_leash(5)
    ~ change_stalin(5)
    ~ change_supply(-5)
* [Keep them massed near the border as leverage.]
    You argue that the divisions should stay, and that Moscow should see them staying. Tokyo agrees to leave them at Harbin for another month.
    Moscow sees them. The talks go quicker, and colder. The Soviet side begins moving its own reserves east along the railway, and both armies' ammunition trains pass in the night on opposite sides of the border.
    ~ change_stalin(-10)
    ~ change_north(5)
    ~ change_diplo(5)
    You go up to Harbin to look at what you have kept. The sidings smell of coal smoke and horse dung. Reservists sit in the open doors of the goods wagons with their legs hanging, writing letters that will tell their families nothing, because they have been told nothing.
    A sergeant asks you, with great politeness, whether they are going north or south. You tell him they are going nowhere, and that this is their duty. He accepts it the way soldiers accept everything.
    Walking back along the train, you count by habit the wagons of shells that will now stand idle for a month, while a thousand kilometres to the south the armies on the Yangtze wait for them, and the Soviet reserves you have provoked roll east towards Shūji's hill.
* [Use their trucks and shells to stock the hill for an orderly withdrawal.]
    The divisions stay at Harbin, but their transport does not. You borrow their trucks, their engineers and their spare shells, and you send them to Rajin and up the road to the hill.
    When the withdrawal comes, you want it to be a withdrawal of an army with full pouches, not of an army that has run out.
    Moscow notices the convoys and does not like them.
    ~ change_supply(10)
    ~ change_stalin(-5)
    The lorries go by rail to Rajin and by road from there. You ride up with the first convoy: forty of them, most of them Fords assembled in Yokohama, with borrowed drivers who do not know the road. Past the last village the road turns to clay and the convoy crawls in first gear, and a Soviet spotter plane follows it for an hour like a crow following a plough.
    At the foot of the hill the Korea Army quartermaster signs for the shells without a word of thanks. When the drivers have gone he thanks you properly, in a low voice, as if it were a thing to be ashamed of. The division at Harbin files a complaint about its missing transport. Your name is in it twice.
-
-> kw_07s_staged_withdrawal

=== kw_07s_staged_withdrawal
-> checkpoint("chapter") ->
# chapter: KW-7s The Staged Withdrawal
# date: September 1938
# place: Changkufeng
# map: khasan
# music: elegy
# sfx: wind
{stalin >= 50: Moscow has said yes, with conditions.|Moscow has said yes at last, coldly, after a third Soviet attack on the hill has failed and the Soviet ammunition in the Maritime Province has run out.} The Korea Army will leave Changkufeng in stages over three weeks. The Soviet border guards will come back to the crest behind it. Soviet aid to China will end; Moscow will not say so in public, but the trains from Alma-Ata will stop and the volunteer pilots will go home. Over Wuhan, Chinese pilots will fly what is left, and then nothing.
# codex: zaozyornaya
~ aid_cut = true

Now the staged withdrawal has to be planned, and the Korea Army, which fought for the hill, has asked Hsinking for staff help it does not really want.

You walk the crest on the first day of the withdrawal. It smells of lime and burnt wood. The trenches the Korea Army dug in July are deep and neat, and in places the parapets are built of sandbags with Russian writing on them.

The engineers have orders to blow the bunkers. Your friends have sent a list of other suggestions.

* [Withdraw on schedule: prisoners returned, the dead accounted for, no demolitions.]
    You cancel the demolitions. The bunkers stay. So do the Soviet dead the Korea Army buried in July, in marked graves, with a list.
    The prisoners go back across the line on the agreed day, in clean uniforms. A Soviet officer at the exchange salutes the Japanese officer opposite him, after a moment's hesitation. You see it and say nothing.
    The stores the Korea Army stocked on the crest stay where they are, because carrying them down would have broken the schedule. The quartermasters in Rajin write you a bitter letter about it.
    In Hsinking you are called an old woman. In Moscow, the intelligence section tells you later, the Soviet staff spent a week looking for the trick and did not find one.
    ~ kw_withdrew_on_schedule = true
    ~ change_stalin(10)
    ~ change_diplo(5)
    ~ change_supply(-5)
* [Mine the slopes and carry off everything that can be carried.]
    The Korea Army leaves nothing the Red Army could use. The guns go, the wire goes, the Soviet tanks knocked out in July are dragged down to Rajin as trophies, and the approaches to the crest are sown with mines that nobody maps carefully.
    For a month afterwards the Soviet border guards lose men on the slopes of a hill they were given back.
    Your friends are happy. You are not sure you are.
    ~ change_stalin(-10)
    ~ change_supply(10)
    ~ change_north(5)
    On the last morning you watch the engineers work the lower slope. They go in pairs, one digging, one carrying the mines in a straw-lined crate like eggs. A corporal asks whether he should mark the rows on his sketch. His lieutenant, who has heard what your friends want, tells him a sketch is extra weight.
    Three weeks later a Soviet newspaper reaches the intelligence section with a photograph of a border guard's funeral at Posyet: a red-draped coffin on a cart, a young woman in a headscarf walking behind it. Someone pins it to the board beside the withdrawal timetable. Nobody takes it down, and nobody looks at it for long.
* [Slow it down: make every stage a new bargaining session.]
    You write the plan so that every stage waits on a Soviet gesture: a note here, a border post there, a list of prisoners checked twice.
    The withdrawal takes six weeks instead of three. Each week costs the Soviet negotiators patience and gains Tokyo a little more paper.
    ~ change_diplo(5)
    ~ change_stalin(-5)
    ~ change_supply(5)
    The sessions are held in a tent on the saddle below the crest, with a trestle table and two kerosene stoves that never agree about the temperature. Each morning the Soviet delegate, a major of border troops with ink on his cuff, reads out the day's stage; each morning you find a reason to wait for Tokyo. By the fourth week he has stopped offering his hand.
    In the trenches the Korea Army's men, who were promised they would be down before the first frost, stand in the rain and watch the diplomats' tent. Shūji writes that a sergeant of his asked him whose war this is now, and that he did not know what to answer. Tokyo's file grows thicker every week. It weighs nothing on the hill.
-
-> kw_08s_clique

=== kw_08s_clique
-> checkpoint("chapter") ->
# chapter: KW-8s The Clique
# date: October–November 1938
# place: Hsinking
# map: manchuria
# music: tension
It begins as jokes and turns into a meeting. Seven officers in a back room of a restaurant near the Hsinking station: Captain Hayama of your own section, who once drew the Amur islands in red crayon, and Lieutenant Colonel Nishi of the intelligence section, who drew up the plan for the crossing at Nomonhan{kw_clique_blocked: and has come back from his Amur garrison on leave, thinner and in no mood to forget who sent him there}. They have a grievance and a list.

The grievance: the army's hill was sold for a promise from Stalin. The list: the officers who sold it. Your name is on it, and so is the Foreign Ministry's, and so, in pencil, is the chief of staff's.

They do not want to kill anyone. Not yet. They want a letter to the War Minister, signed by field officers, demanding that the northern question be reopened. And they want your signature, because yours would be the most surprising.

* [Refuse, and report the meeting to the chief of staff.]
    You walk out of the restaurant and straight to headquarters, and you write down the names before you can think better of it.
    The chief of staff posts two of them to the China front within the month. The others are not touched, but they know who wrote the list this time.
    You eat alone for a while. Tokyo hears about it from its own people, and in Tokyo the name Kurosawa begins to mean a Kwantung officer who can be trusted.
    ~ change_leash(10)
    ~ change_north(-5)
    One of the two sent to China is a young captain from the railway section whose name you had to look up. He comes to your office the evening before his train, in his travel uniform, to return a book on the Russo-Japanese War you lent him in the spring. You wait for him to say gekokujō, or traitor, or anything at all.
    He says that he has never seen the Yangtze, and that he supposes he will now. He puts the book on your desk, squares it with the edge, salutes, and goes. The book has a slip of paper in it, marking the chapter on Mukden, and you leave it there.
* [Make peace with them: promise that the next war will be in the north.]
    You do not sign, but you stay for the sake. You tell them the hill was a bargain for time, and that time spent rebuilding is time spent preparing for the next fight.
    They like that. Before the evening is out they are calling you one of them again, and you are drafting, in your head, a plan for a northern war you have just promised.
    ~ change_leash(-10)
    ~ change_north(10)
    Near midnight Nishi unrolls a map across the restaurant table, between the sake flasks, and asks you where you would begin. Your finger goes to Blagoveshchensk before you have decided to move it. Everyone sees. Hayama laughs and fills your cup.
    Walking home along the new avenues, past the caged trees, you think of the hill Shūji dug into and the pact the diplomats are writing over it, and you understand that you have just pledged both to men who will come to collect. Nothing is in writing. Nothing needs to be. In this army a promise made over sake binds tighter than an order stamped in Tokyo.
* [Ask for a posting away from Hsinking, to the railway staff at Harbin.]
    You do not want to fight your friends or lead them. You ask to be sent where there are timetables instead of factions.
    The railway staff at Harbin is glad of a trained officer. You spend the winter learning how long it takes to move a division from Harbin to anywhere, and the answer is sobering.
    ~ change_supply(10)
    ~ change_leash(5)
    ~ change_diplo(-5)
    Your office is on the second floor of the railway administration, above the goods yard, with a window that rattles when the expresses go through. The sidings the Russians built still carry Cyrillic numbers under the Japanese paint. You time the troop trains with a stopwatch and a ledger: a division, its horses, its guns, its fodder, so many trains, so many days to the Amur if nothing breaks, and something always breaks.
    The figures do not fit any plan in Hsinking. You send them there anyway, in a neat table with your seal. Nobody acknowledges receiving it, and at New Year Hayama sends you a card addressed to the stationmaster. The section's opinions on the pact talks are written by Nishi now, and the Foreign Ministry, which had begun to count on one reasonable voice in Hsinking, finds it gone; its negotiators in Moscow go to the table with one argument fewer.
-
In the last week of the year, in Moscow, a Soviet-Japanese non-aggression pact is initialled. Nobody in Hsinking is asked for an opinion.
-> kwantung_act3

// ═════════════════ S0: the clique's Nomonhan, August–September 1938 ═════════

=== kw_05n_halt
-> checkpoint("chapter") ->
# chapter: KW-5n The Halt Order
# date: 11 August 1938
# place: Hsinking
# map: khalkhin_gol
# music: battle
# sfx: aircraft
-> kw_act2_settled ->
The halt order came in on the night of the 10th, and by morning it is on every desk in the operations section: no more offensive action by the Army's aircraft over the Mongolian frontier. It does not say what the men on the ground should do without them.

You organised the crossing, so the men on the ground are yours. Nine days after they crossed the border near Nomonhan they still have not reached the river they came for, the Khalkha that the Army's maps call the frontier. Where Lyushkov's files promised horsemen and a few weak battalions, they met a full Soviet infantry division and two cavalry regiments. Mongolia belongs to the Trans-Baikal command, and the defector knew it far less well than he let you believe.
# codex: lyushkov

Nishi wants the fighters kept in the air whatever Tokyo says. The quartermasters want to know what they are supposed to send forward, and from where. The line west of Nomonhan is short of shells, short of water, and now short of sky.

* [Obey the halt and dig in where the men stand.]
    You pass the order on and tell the line to dig. The fighters stay on their side of the border. The men on the ground curse the sky, which is now entirely Soviet.
    But Tokyo sees that somebody in Hsinking can still read a telegram and obey it.
    ~ change_leash(10)
    ~ change_north(-5)
    You go out to see what the order means on the ground. At the airfield behind the line the fighters stand in a row with canvas over their engines, and the pilots sit on the grass playing go and refusing to look up. West of Nomonhan the infantry has learned to dig deeper each time a Soviet bomber comes over, which is every hour.
    A battalion commander shows you a pit where a single bomb buried six of his men, and asks, very correctly, whether Hsinking has any further instructions. You give him the only one you have: hold. He salutes. Seishin is what is left to a soldier when the sky is taken from him, and you have just asked him to live on it. In Tokyo the obeyed halt is read as the end of the Kwantung Army's adventure on the steppe, and the War Ministry's northern men, who had cheered the crossing, stop answering Hsinking's letters. The Imperial will, as Tokyo reads it, is that the men should hold and the north should be forgotten.
* [Keep the fighters flying, and answer Tokyo under your own seal.]
    You draft an answer to Imperial headquarters explaining that local air operations are defensive and necessary, and you send it from the signals room without the chief of staff's initials.
    The fighters keep flying. For a week they hold the sky over the line. Then the Soviet air force comes east in numbers, and the sky is lost anyway, and Tokyo knows whose telegram it was.
    ~ change_leash(-25)
    ~ change_stalin(-10)
    ~ forged_orders = true
    In that week you drive out to the forward strip near the border. A pilot with a burned hand tells you what he has seen from the air: Soviet fighters coming in threes and fours, then in dozens, with new engines and better nerve. He has heard about the telegram, as the whole army has, and he thanks you for it. He calls it the act of a real officer, one who puts the Emperor's cause above the clerks in Tokyo.
    You find you do not enjoy being admired for it. When you get back to Hsinking there is a summons on your desk from the chief of staff's office, for eight the next morning, with no subject given.
* [Strip the depots at Hailar to feed the line.]
    You send the lorries of the Hailar depot forward with everything they can carry: shells, water, rice, barbed wire. The depot is left holding empty racks.
    The line holds a little better. Behind it, the Kwantung Army now has nothing left in the north.
    ~ change_supply(-15)
    You go to Hailar to see it done. The depot commander, a reserve captain who taught school in Sendai before he was called up, reads your order twice and then loads the lorries himself in his shirtsleeves, because he does not trust his clerks to count.
    By evening the sheds are empty but for a stack of winter greatcoats nobody has asked for and a crate of horseshoes. He asks what he should tell the next unit that comes for shells. You tell him there is no next unit, and for a moment you both hear how it sounds. The convoy leaves at dusk with its lights off. Behind it the Kwantung Army's north has nothing in reserve but its spirit.
-
-> kw_06n_hundred_a_day

=== kw_06n_hundred_a_day
-> checkpoint("chapter") ->
# chapter: KW-6n A Hundred a Day
# date: 25 August 1938
# place: Hsinking
# map: khalkhin_gol
# music: elegy
# sfx: artillery
By the twenty-fifth the casualty returns come in at about a hundred men a day. The Soviet artillery does not stop at night. The wounded come back by truck to Hailar, lying on straw, and some of them die on the way.

The China-bound divisions have been diverted to Manchuria, but Tokyo has stopped them at Harbin, well away from your battle, so that the Kwantung Army cannot use them to make it bigger.
{stalin < 30: Moscow, the intelligence section says, sees an opportunity. The Trans-Baikal district is in better shape than the Far East, and the railway is on its side.}

* [Beg Tokyo to release the divisions at Harbin.]
    You write, then you telephone, then you send a colonel by train. Tokyo says no, then says no again, and each time says it more coldly.
    Moscow reads the traffic too.
    ~ change_leash(-10)
    ~ change_north(5)
    ~ change_stalin(-10)
    The colonel you sent comes back on the fourth day with a face like a shut door. He was received by a lieutenant colonel of the Operations Bureau who gave him tea, twenty minutes and a lecture on the Imperial will, which is that the incident shall not grow. He repeats one sentence for you exactly, because he thinks you should hear it: Hsinking started one war it was not given, and it will not be given the divisions to make a second.
    On your next trip back from Hailar the train stops at Harbin, and you stand in the sidings and look at the troop trains. The men inside are asleep in rows. They are not yours. They never were.
* [Pull the line back to ground that can be held, and say so.]
    You draw a shorter line east of the river and ask Hsinking to let the men go back to it. Your friends call it the first step of a retreat. It is.
    The casualty returns drop to forty a day. Tokyo notices.
    ~ change_leash(10)
    ~ change_north(-5)
    The withdrawal is made at night, over three nights, a company at a time. The men carry their dead back with them on doors and groundsheets and cremate them on the new line, as the regulations require, so that the ashes can go home in white boxes.
    Nishi telephones from the forward headquarters to say, in a voice the whole switchboard can hear, that he has never before seen the Imperial Army walk backwards. You answer that he has now seen it walk backwards alive. He hangs up. The casualty figure on your desk the next morning is the smallest you have written in a month, and it is still forty.
* [Hold where they are, and wait for the Russians to exhaust themselves.]
    You tell everyone that the Russians cannot keep this up: the railway is too far, the trucks too few. You have said this before.
    The men hold. The hundred a day goes on.
    ~ add_cas_jpn(5)
    That evening a lieutenant comes back from the line with a dispatch and a shell splinter in his shoulder. He hears your assurance about the Russian railway standing at attention, with blood on the cuff of his tunic. Then, because you ask, he tells you what a hundred a day looks like: stretcher-bearers working in pairs until one of the pair is hit; water carts that come up at night and are shelled by dawn; men who sleep sitting up in their holes with their rifles across their knees.
    He does not complain. Seishin forbids it. When he has gone you sign the morning return and add the day's figure to the column, and the column has no bottom.
-
-> kw_07n_envelopment

=== kw_07n_envelopment
-> checkpoint("chapter") ->
# chapter: KW-7n The Envelopment
# date: 21–30 September 1938
# place: Nomonhan
# map: khalkhin_gol
# music: battle
# sfx: artillery
On 21 September the Soviet force across the river is counted, and nobody in Hsinking wants to believe the count: three infantry divisions, two motorised, two armoured, two cavalry, two independent armoured brigades, and something like a thousand aircraft. They have taken every free truck in three military districts to bring it here.

Against it the Kwantung Army has two infantry divisions, two tank regiments, two Manchukuoan cavalry regiments and two hundred aircraft.

The blow falls on the 22nd: a double envelopment with about a thousand armoured vehicles. By the evening of the 24th the 25th Division is surrounded. Intelligence says Hitler is about to move on Czechoslovakia and that Stalin wants this over quickly, which means he wants it over hard.

* [Order a relief attack with everything left.]
    On 26 and 27 September the relief goes in. It costs the second tank regiment and half of the 9th Division, and it does not reach the pocket.
    On the 30th the 25th Division is destroyed, and the relief has added its own dead to the pocket's.
    ~ add_cas_jpn(20)
    ~ change_supply(-10)
    ~ change_north(10)
    You follow the attack by telephone from a forward dugout roofed with railway sleepers. The tank regiment reports every hour, then every two hours, then not at all.
    At dusk on the 27th a runner from one of the 9th Division's regiments comes in with the regimental colours wound round his body under his tunic, because his colonel ordered them saved before he went forward with the last company. The runner is nineteen. He wants to know where to take them, and nobody in the dugout knows the regulation. In the end you carry them yourself, folded across your knees in the staff car back to Hailar, and you do not unfold them. In Tokyo the relief is reported as the Army's spirit, spent to the last company, and nobody there says the word defeat aloud: an army that dies going forward has lost a battle, not the argument for the north. The northern faction in the War Ministry prints the regiment's name in its pamphlets before the ashes are home.
* [Order the 25th to break out, abandoning its guns.]
    You write the order that no Kwantung officer is supposed to write: leave the guns, leave the wounded who cannot walk, come out by night in small groups.
    Some of them do. Perhaps a third. Their officers will never forgive you, and the men who walk out will never forget who let them. The guns stay in the pocket, every one, and the depots at Hailar have nothing to replace them.
    ~ add_cas_jpn(10)
    ~ change_supply(-10)
    ~ change_leash(5)
    ~ change_north(-10)
    You are at the edge of the pocket on the night of the 28th, in a gully the engineers have marked with white tape, when the first of them come out. They come in twos and threes, without helmets, some barefoot because their boots have gone in the sand. A sergeant carries a lieutenant on his back and will not put him down until a doctor takes him from him.
    One man asks you, very politely, for water, then for a cigarette, then where the guns are, because his battery commander will want to know. You tell him the guns are still in the pocket. He nods and repeats it to himself, as if to remember it for his report.
* [Ask Tokyo to request a ceasefire at once.]
    You draft the request yourself and send it through the proper channel, with the chief of staff's initials. Tokyo reads a Kwantung Army telegram asking for less war, and sends it on to Moscow within the hour.
    Moscow does not answer until the 30th, when there is nothing left to save. The pocket, told to hold for a ceasefire, holds, and dies holding: the 25th is lost as surely as if the relief had never been tried, and more of it than would have been lost walking out.
    ~ add_cas_jpn(20)
    ~ change_leash(10)
    ~ change_diplo(5)
    For six days you sit beside the teleprinter in the signals room and wait for Moscow. The operators stop looking up when the machine begins to chatter: everything that comes is from the pocket, nothing from Moscow.
    On the 28th the 25th Division's headquarters asks, in clear, whether a ceasefire has been arranged, because the men have heard it rumoured. You draft the reply yourself: negotiations continue, hold fast. You read it over, you think of what the officer at the other end will do with it, and you send it. Nobody in Tokyo will ever blame you for asking. Nobody in the pocket will ever know you asked.
-
On 3 October Japan leaves the heights of Changkufeng. The Soviet Union returns its prisoners and the captured equipment. Before the year is out a Soviet-Japanese non-aggression pact is signed.
~ change_north(-10)
-> kwantung_act3
