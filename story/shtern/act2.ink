// ─────────────────────────────────────────────────────────────────────────────
// Grigori Shtern — Act II (1939; S0: August 1938 – spring 1939)
// Entry: shtern_act2 (from Act I).  Exit: -> shtern_act3.
// OTL / S1: SH-7 Horsemen at the River → SH-8 One Pontoon Bridge →
//           SH-9 The Two Generals → the August (S1: April) offensive.
// S0 + nomonhan_1938: SH-7/8/9 as the Nomonhan battle of Aug–Sep 1938 (the Soviet
//   blow 22–30 September, after Shtern's return from Moscow; see tests/story/s0Timeline.test.ts).
// S0 otherwise (aid_cut, or neither): SH-7/8/9 as the aftermath of the 1938 pact.
// ─────────────────────────────────────────────────────────────────────────────

=== shtern_act2
~ act_settle()
// Spent in Act I (read only at SH-3): cleared so Act II starts from fewer states.
~ lyushkov_value = ""
{ tl == "S0":
    { nomonhan_1938:
        -> sh_07_s0_trucks
    - else:
        -> sh_07_s0_pact
    }
}
-> sh_07_horsemen

// Between Act I and Act II: what act_settle() did, told as Shtern's file reads
// in Moscow. Called after the chapter tag of each first scene of Act II.
=== sh_act2_settled
{ meters_moved():
    The Khasan file is closed and sent up, and what comes back down is not the file. It is the abstract a clerk in the Commissariat makes of it: four lines, a round figure against each heading, every qualification struck through in blue pencil. This is how the centre remembers a commander: not by what he did on a given Tuesday, but by the round figure he now stands at. A clerk rounds toward the middle; only a file already near the line is copied exactly. {casualties_moved(): The casualty returns are reconciled as well. The missing are confirmed dead, the wounded who died in the Vladivostok hospitals are added, and the figure only moves one way.}
    The abstract, as received and filed: {changes_since_mark()}.
}
~ forget_mark()
->->

// ═════════════════════════════════════════════════════════════════════════════
// OTL / S1
// ═════════════════════════════════════════════════════════════════════════════

=== sh_07_horsemen
-> checkpoint("chapter") ->
# chapter: SH-7 Horsemen at the River
# date: 11–14 March 1939
# place: Voroshilov (Ussuriysk)
# map: khalkhin_gol
# music: tension
# sfx: telegraph
-> sh_act2_settled ->
The winter has not let go of Voroshilov. The Suifun is a white road out of the town, and the stoves in the headquarters of the 1st Separate Red Banner Army are fed every two hours by a soldier who has learned to walk without looking at the doors of the offices that stand empty.

You have been a commander of an army for half a year. Before that, chief of staff to a marshal who is now a name nobody says aloud. {blucher_denounced: Your own signature is somewhere in his file. You do not think about it in the daytime.|You never signed anything against him. Some nights that feels like courage and some nights like luck.}

# codex: khalkhin_gol
# codex: chita
The telegram comes from Ulan Bator by way of Chita, three days old and already out of date. A Mongolian frontier patrol went looking for grass east of the Khalkha, in the strip of steppe that Manchukuo says is its own and the Mongolian People's Republic says is not. Manchukuoan cavalry were waiting for them. Seventy-eight horsemen rode out. Six came back.

# codex: 57th_special_corps
The river is half a continent away from your army and not your responsibility. It belongs to the Trans-Baikal district and to the small 57th Special Corps that sits in Mongolia under the protocol of 1936. But Moscow has sent the telegram to you as well, and that means someone in Moscow wants to know what you will say.

Your chief of operations, a young major named Savelyev who was promoted three grades in a year because the men above him were taken away, lays the map on the table and weighs its corners with ashtrays.

"Hsinking says the Mongols invaded," he says. "Ulan Bator says they were ambushed inside their own border. Both can't be true."

"Both can be printed," you say.

// The S1 gate (asking for the river opens S1 only if the request lifts Stalin's Favour to 60): told before the choice.
{ stalin >= 55:
    You know the tone of Moscow's questions well enough by now. The Boss is pleased with you; Voroshilov says so in his letters, in the clumsy, fond way he has. A man in favour can ask for a corps and get it. That is also how a man in favour ends up owning a war.
- else:
    You know the tone of Moscow's questions well enough by now. You are not a man whose proposals are welcomed this spring. Whatever you ask for will be weighed against what is already in your file, and a request for a command on another district's river, from a commander in your standing, would be acknowledged, registered and refused.
}

* [Commit forces at once: ask Moscow for a Front Group and go to the river yourself.]
    ~ change_stalin(5)
    ~ change_supply(-10)
    You draft it standing up: the Japanese are testing the border again, as they tested it at Khasan, and the only answer they understand is a fast one. You ask for a coordinating headquarters over the 57th Corps and the Mongolian army, for aircraft, and for every truck the Trans-Baikal can spare.
    { tl == "OTL" && stalin >= 60:
        ~ tl = "S1"
        # codex: front_group
        The answer comes back in nineteen hours, which for Moscow is a gallop. Voroshilov approves. The Boss approves. A special Front Group is to be formed at Chita under Komandarm Second Rank Shtern, and you are to take personal charge of the situation on the Khalkhin Gol.
        You read the order twice. In Spain you learned that the first telegram of a war is the only one anyone remembers writing. This one has your name on it.
        Savelyev is already packing the maps. Outside, a column of ZIS trucks starts its engines in the cold, and you realise they are leaving because you asked for them.
    - else:
        The answer, when it comes, is polite and empty. The Defence Commissariat thanks the commander of the 1st Separate Army for his vigilance and reminds him that the Mongolian theatre belongs to the Trans-Baikal district. The trucks you had already ordered west are turned around at Chita, and the fuel they burned is written off against your army.
        Somebody in Moscow has noted that you wanted the river. Somebody else has noted that you did not get it.
        By the end of March the incident has dwindled into notes between consulates. The steppe stays quiet until May.
    }
* [Leave it to the 57th Special Corps and the Trans-Baikal district.]
    You write three sentences. The incident lies outside the responsibility of the 1st Separate Army. The Army is ready to assist if ordered. The Army has no further view.
    Savelyev looks at the draft and then at you. He is young enough to think that a commander should want every fight.
    "A man who reaches for another man's river," you tell him, "has to explain afterwards why his hands were wet." His pencil moves, and you understand that you have just given the Commissariat a phrase it will one day quote back to you.
    The March incident dwindles into notes between consulates. The steppe stays quiet until May.
    That night the cipher clerk takes the reply down the corridor to the signals room, and the outgoing register receives it under its number, with the time in the clerk's careful hand. You initial the register, as the regulations require. Then you sit a while over the file on the 57th Special Corps that the Trans-Baikal district sent you in January: its order of battle, its two airfields, its one road, and a corps commander, Feklenko, whom you have never met. You return the file to the safe and seal it with your own wax. It is his river. Through April nothing comes from it, and nothing is what you signed for.
* [Disperse and harden the Tamsak-Bulak airfield before the Japanese think of it.]
    ~ change_supply(-5)
    ~ airbase_dispersed = true
    # codex: tamsak_bulak
    You cannot move divisions that are not yours, but you can write to a friend. The air brigade commanders of the Trans-Baikal are men you flew beside in Spain or men who learned from them, and you know how Japanese staff officers think about airfields: as targets that sit still.
    You send them what you learned at Madrid. Scatter the aircraft along the steppe. Build dummy ones out of canvas and planks. Dig revetments. Lay telephone cable to satellite strips so the fighters can be up before the bombers are overhead.
    The cost is fuel and lorries and a quartermaster's complaint that reaches Chita before your letter does. The Mongolian incident dwindles into notes between consulates. But at Tamsak-Bulak, through April, men dig.
-
{ tl == "S1":
    -> sh_07b_s1_raid
}
-> sh_07b_otl_may

// OTL: May–June 1939 pass with Shtern watching from Khabarovsk.
=== sh_07b_otl_may
# date: 11 May – 27 June 1939
# place: Khabarovsk
# map: khalkhin_gol
# front: nomonhan_may
# music: steppe
# codex: 23rd_division
On 11 May the Mongolian horsemen come back to the river, as horsemen always will to grass, and this time the Manchukuoan cavalry are not the only ones waiting. Komatsubara's 23rd Division at Hailar sends a reconnaissance detachment under Lieutenant Colonel Azuma. On 28 May it is surrounded and cut to pieces: the Japanese count eight officers and ninety-seven men killed and thirty-four wounded, nearly two-thirds of the detachment.

# codex: zhukov
Moscow is not satisfied with the 57th Corps. At the end of May a cavalry commander from the Belorussian district, Komdiv Georgy Zhukov, is sent to look at Feklenko's headquarters. He arrives on 5 June, does not like what he sees, and is given the corps.

You know Zhukov by reputation: a horseman, a hard man, a shouter. Men who served under him say he frightens them and that they would follow him again. You recognise the type. The Civil War made a great many of them and the last two years have unmade most.

On 27 June the Kwantung Army's bombers and fighters come over the steppe at dawn and strike Tamsak-Bulak and the forward strips.
# sfx: aircraft
{ airbase_dispersed:
    They find canvas aircraft, empty revetments and fighters already climbing from strips that were not on their maps. The Japanese will claim a hundred kills anyway; the real losses are a handful of machines and a few dozen men. A pilot you knew in Spain writes you a single line from Tamsak-Bulak: it worked.
- else:
    ~ add_cas_sov(1)
    They find the aircraft lined up as if for inspection. The Japanese will claim a hundred kills; the truth is smaller but bad enough, burning fuel dumps, men caught between the tents, a regiment's worth of fighters out of the fight for a week.
}
-> sh_08_bridge

// S1: mid-March 1939, Shtern in command of the Front Group.
=== sh_07b_s1_raid
# date: 15–16 March 1939
# place: Tamsak-Bulak
# map: khalkhin_gol
# music: steppe
# codex: 23rd_division
You reach Chita by train and Tamsak-Bulak by aircraft, and the first thing you learn is that the 57th Corps has been fighting a war for four days without telling anybody in a way that could be understood. The Mongols struck back for their patrol. Komatsubara sent his reconnaissance regiment and an infantry regiment across the steppe. On their second sortie they ran into a Soviet motorised battalion and lost half their men getting out.

# codex: zhukov
Along with you come the men Moscow thinks you need. One of them is a komdiv from the Belorussian district called Georgy Zhukov, attached to the Front Group as your deputy for the cavalry and the armour. He is a broad, short man who looks at maps as if they had insulted him.

On the morning of 16 March, the day Hitler proclaims his protectorate in Prague, the Kwantung Army's bombers come over the snow at dawn.
# sfx: aircraft
{ airbase_dispersed:
    They find canvas aircraft, empty revetments and fighters already climbing from strips that were not on their maps. The Japanese will claim a hundred kills; you lose a handful of machines and a few dozen men. You allow yourself one minute of satisfaction and then ask where their bombers came from.
- else:
    ~ add_cas_sov(1)
    They find the aircraft lined up in rows, as peacetime regulations require. The Japanese will claim a hundred kills; the truth is smaller but bad enough, and you spend the day walking between the wrecks with a notebook.
}
-> sh_08_bridge

// ─────────────────────────────────────────────────────────────────────────────
=== sh_08_bridge
-> checkpoint("chapter") ->
# chapter: SH-8 One Pontoon Bridge
{ tl == "S1":
    # date: 18–21 March 1939
    # place: Baintsagan
- else:
    # date: 1–5 July 1939
    # place: Baintsagan
}
# map: khalkhin_gol
# front: bain_tsagan
# music: battle
# sfx: artillery
{ tl == "S1":
    Two nights after the raid the Japanese cross the Khalkha in two prongs. The northern one goes over on a single pontoon bridge and climbs Baintsagan, the flat-topped hill on the west bank that looks down on everything you own. By noon they have guns on it.
- else:
    On the night of 2 July the Japanese cross the Khalkha. Their northern force goes over on a single pontoon bridge and climbs Baintsagan, the flat-topped hill on the west bank, and by the morning of the third they have guns on it.
    You are not at the river. You are on a line from Khabarovsk to Chita to Tamsak-Bulak, and what you are asked for is advice: Voroshilov wants to know what the Front's former chief of staff thinks, and Zhukov, who does not want to know, is obliged to read it.
}
# codex: baintsagan
# codex: pontoon_bridge

It is the kind of mistake you teach lieutenants to avoid. An army that crosses a river on one bridge has put its whole life on a few hundred metres of planks and rubber boats. Everyone in your headquarters can see it. The question is what to do about it before the Japanese see it too.

# codex: bt7
You have armour nearby: the 11th Tank Brigade, BT-7s with their long legs, and armoured car battalions on the march. What you do not have nearby is infantry. The rifle regiments are still on the road, a day or two away.

// The reason the bombing option is withheld, on one line so the player reads it where the option would be.
{not (airbase_dispersed || supply >= 45): The air brigades have not recovered from the raid. Their chief of staff reports, in writing and with the figures attached, that the fuel for a bombing operation is not at the forward airfields and will not be for a week. A strike on the bridge is an order you cannot give.}

* [Armoured counterstroke now, without waiting for the infantry.]
    ~ change_stalin(15)
    ~ change_supply(-10)
    ~ add_cas_sov(3)
    { tl == "S1":
        You give the order yourself. Zhukov takes it to the tank brigade in person and leads from a turret, which is how he does everything.
    - else:
        You tell Voroshilov that it must be the armour and it must be now, and Zhukov, who has already decided the same thing, orders it before your telegram arrives.
    }
    The BT-7s go in off the march, brigade by brigade, across open ground against a hill with anti-tank guns dug into its crest. They burn. Crews with their hair on fire climb out and are shot. Petrol engines and thin armour: you saw it at Khasan and you see it again.
    But they keep coming, because nobody tells them to stop, and the Japanese on Baintsagan have never seen anything like it. By the night of the fourth their commanders are pulling back to the bridge. On the fifth the last of them cross and the sappers blow it behind them, with some of their own still on the wrong side.
    The hill is yours. Moscow is delighted: the order of the day from the Defence Commissariat names the tank brigade, and the Front's recommendation that sent it in, and Voroshilov's congratulation reaches you before the brigade's own report of its losses. The tank brigade has lost half its machines in two days.
* { airbase_dispersed || supply >= 45 } [Bomb the bridge first, then counter-attack.]
    ~ change_stalin(10)
    ~ add_cas_sov(2)
    # codex: sb_bomber
    You want the bridge before you want the hill. {airbase_dispersed: Thanks to the dispersed strips, the SB bombers are intact and can be over the river by mid-morning.|The SBs are refuelled from stocks you have hoarded since spring and can be over the river by mid-morning.}
    They come in low, in threes. The first flight misses. The second puts a bomb on the eastern end of the pontoons and the river does the rest, pulling the boats apart and carrying them downstream in a long, slow line.
    The price is paid by the crews. The Japanese fighters are up over the crossing before the second flight is home, and of the nine SBs that go in low, three do not come back; a fourth lands on its belly at Tamsak-Bulak with its gunner dead in the turret. The armour waits on the start line while the bombers go and come, and the infantry, who have caught up in the night, wait with it under the Japanese guns on the hill.
    Only then do you send the armour, with the first rifle battalion riding on the tanks and the artillery on the hill's flank. The Japanese on Baintsagan are brave and alone. Some of them get back across by swimming. Many don't.
    { tl == "S1":
        Three days later you push them twenty kilometres back from the river, and for the first time since the Mongolian patrol rode out, the whole disputed strip is in your hands.
    - else:
        Zhukov reports it as his victory. It is his victory. But in Moscow Voroshilov reads your recommendation aloud at the council, and the bombing is remembered.
    }
* [Contain the bridgehead and wait for the infantry and guns.]
    ~ change_stalin(-10)
    ~ change_supply(10)
    ~ add_cas_sov(2)
    You have seen what happens to tanks that go where infantry cannot follow. You ring the hill with armoured cars and artillery and wait for the rifle regiments to come up the road from Tamsak-Bulak.
    It takes four days. Every one of them the Japanese spend digging, and every one of them the telephone from Moscow rings a little more sharply. Why is a Soviet army watching a Japanese one sit on Mongolian soil?
    When you go in, you go in properly: guns, infantry, tanks together, as the Khasan post-mortem said it should have been done. The Japanese fall back over their bridge in good order and take most of their wounded with them.
    It is a sound piece of work. Nobody in Moscow calls it a victory.
- // The Japanese losses at Baintsagan are the same whatever you chose.
~ add_cas_jpn(2)
-> sh_09_generals

// ─────────────────────────────────────────────────────────────────────────────
=== sh_09_generals
-> checkpoint("chapter") ->
# chapter: SH-9 The Two Generals
{ tl == "S1":
    # date: April 1939
    # place: Tamsak-Bulak
- else:
    # date: July–August 1939
    # place: Chita
}
# map: khalkhin_gol
# music: council
{ tl == "S1":
    Moscow orders you to prepare an offensive of your own, and then sends you the means to do it in a flood that the single railway to Borzya can barely carry: sixty thousand men, five hundred and fifty tanks, three hundred aircraft. The Japanese are preparing too. Their second attack will come, your intelligence says, in the last week of April.
    Zhukov is your deputy and behaves as if he were not. He rewrites your orders for the armour and tells you afterwards. He shouts at colonels until they weep and has two of them removed. The armour has never been handled better.
- else:
    # codex: front_group
    # codex: 1st_army_group
    # codex: kulik
    In July the Front Group is formed at Chita to coordinate the Soviet and Mongolian forces, and you are put at its head. Zhukov's corps becomes the 1st Army Group. On paper he answers to you. In practice he answers to nobody, and Voroshilov has told Deputy Commissar Kulik, who came east to inspect and stayed to interfere, not to interfere.
    Zhukov wants a great encirclement in the second half of August, and he wants it his way. He shouts at colonels until they weep and has several removed. He asks you for trucks, shells, fuel and aircraft, and for nothing else, least of all your opinion.
}

# codex: choibalsan
The Mongolian commander, Marshal Choibalsan, watches the two of you with the patient face of a man who has survived his own purges.

It is the oldest story in any army: two generals, one victory. You have read enough of the other kind of file to know that in this country it is also a political story. A commander who wins too visibly becomes a man with a following. A commander who stands beside him and says nothing becomes a man who knew.

{ tl == "S1":
    The question your staff keeps not asking is how Moscow will hear about the victory, if it comes, and in whose voice.
- else:
    Kulik has asked you twice, in private, what you really think of Zhukov's methods. He has a notebook. He writes in it while you answer.
}

* [Back Zhukov fully and keep Kulik and the inspectors off him.]
    ~ change_stalin(5)
    ~ zhukov_fate = "rising"
    { tl == "S1":
        You give him the armour and the plan for the northern pincer and put your own name on it only where the rules require. When Moscow's inspectors come to count his sins, you take them to see the fuel dumps instead.
    - else:
        You tell Kulik that the Front Group is satisfied with the 1st Army Group's commander. You write the same to Voroshilov, in a sentence plain enough that it cannot be quoted back against you. Then you spend your days on what Zhukov needs and cannot do himself: the railway, the trucks, the long dirt road between the railhead at Borzya and the river.
    }
    Zhukov does not thank you; thanks are not among the things his headquarters issues. The orders flow.
    On the third night Zhukov's chief of staff comes to your tent at two in the morning with a request for two hundred more lorries, which he has no right to make except through you. You sign it on the lid of a field-telephone case by a paraffin lamp, and add in your own hand: To be fulfilled without delay. Responsibility mine. He reads it before he folds it, and looks at you as though he had expected to be sent back. In the morning one of Moscow's inspectors asks to see the order book. You hand it to him open at that page, and stand beside him while he reads, so that he can ask you anything he likes.
* [Insist on a pause to bring up fuel and shells before the final blow.]
    ~ change_supply(15)
    ~ change_stalin(-5)
    ~ zhukov_fate = "rising"
    You have watched the supply tables for three weeks and they frighten you more than the Japanese do. Zhukov's plan runs on the edge of what the trucks can carry. If the first blow does not finish it, the second will be made with empty magazines.
    You ask for two or three days' pause once the pincers bite, to bring up fuel and shells. Zhukov answers, in front of the staff, that a pause is how encirclements fail and that he will not be the one to explain it to Moscow.
    You get your pause, in the end, because you are senior. The trucks come up. Some Japanese units use the quiet to slip out of the ring. Zhukov will tell the story his own way for the rest of his life, and in his story you are the man who wanted to stop.
* [Report Zhukov's conduct to Moscow: the sackings, the threats, the contempt for orders.]
    ~ change_nkvd(-10)
    ~ change_zhukov_file(20)
    ~ zhukov_fate = "sidelined"
    You write it carefully, as you write everything. No adjectives. Dates, names, the colonels removed, the orders countermanded, the words he used to a regimental commissar. Every sentence true. That is what makes it dangerous.
    Kulik takes it with both hands. A copy goes, as copies do, to a department that does not belong to the Defence Commissariat.
    Zhukov learns of it within the week. He says nothing to you. From then on he addresses you by your full rank in every sentence, the way a man speaks to a stranger he has decided to outlive.
    The carbon of the report stays in your own safe, in a folder you label yourself: Front Group, outgoing, secret, one copy. Some nights you take it out and read it through, as one checks a lock already turned. Nothing in it is false. At the end of the month a courier from the Special Department brings you a form to countersign, confirming that the document of such a date and number is authentic and in your hand. You sign it. He thanks you and asks whether there are further materials. You tell him there are not, and the question stays on his face all the way to the door.
* { tl == "S1" } [Take the coming victory for yourself: the envelopment is your plan, and Moscow should hear it in your name.]
    ~ change_stalin(10)
    ~ change_nkvd(15)
    ~ change_supply(10)
    ~ zhukov_fate = "sidelined"
    It is your plan. You drew the withdrawal that will draw the Japanese across the river, and the two wings that will close behind them at Nomonhan. Zhukov handles the armour brilliantly, and the armour is one arm of a body that is yours.
    So the reports to Moscow go out over your signature alone. Zhukov's name is in them, in the list of commanders, between a Mongolian cavalry general and the chief of artillery.
    Moscow loves it. Moscow loves a name, and gives the name what it asks for: the lorry columns and the fuel trains you had been begging for since March are released to the Front Group by a single order of the Defence Commissariat, addressed to you. A popular general is also a question the state has learned to ask early. The Special Department's representative at Chita asks your adjutant for a copy of every report that went out over your signature alone, and signs the receipt for them.
    Within the week a correspondent from Red Star arrives at Front headquarters with a photographer, and you stand for them at the map table in a clean tunic, a pointer in your hand and the two wings of the envelopment drawn in blue pencil behind you. Zhukov is with his tanks and is not sent for. The photograph runs on the front page three days later. Savelyev brings you the copy, and you see that the tip of the pointer rests, by chance, on the place where Zhukov's armour will cross.
* { tl != "S1" } [Stand in Zhukov's shadow: run the rear, stay off the front, let the victory be his.]
    ~ change_supply(10)
    ~ change_nkvd(-10)
    ~ change_stalin(-5)
    ~ zhukov_fate = "rising"
    It goes against everything in you. You are the senior officer; you have commanded a corps in battle and an army in peace; you advised a republic at war. And you choose to become a quartermaster.
    You move the Front Group's working staff to the railhead at Borzya. You count trucks. You fight the People's Commissariat of Transport for every flatcar, and you do not once drive to the river while Zhukov's staff are there to see you do it.
    Voroshilov writes to ask why his protégé is hiding in a railway yard. You write back that the Front Group's duty is to supply the 1st Army Group and that its commander has no ambitions on the steppe. It is the most careful sentence you have ever written, and it is read, you later learn, by people other than Voroshilov.
-
-> sh_09b_offensive

// The great envelopment: OTL 20–31 August 1939, S1 25 April – early May 1939.
=== sh_09b_offensive
{ tl == "S1":
    # date: 25 April – 3 May 1939
    # place: Nomonhan
- else:
    # date: 20–31 August 1939
    # place: Khalkhin Gol
}
# map: khalkhin_gol
# front: encirclement
# music: battle
# sfx: artillery
{ tl == "S1":
    On 25 April the Japanese guns open up at dawn along the whole line of the river, and the second Japanese offensive comes across behind them. You do what nobody in Moscow would have approved in advance: you pull back. The forward battalions give ground, the Japanese cross, and for a day and a night the telephone from Chita rings with questions you do not answer.
    Then the wings close. Artillery first, from positions the Japanese never found; then the bombers; then the armour on both flanks, north and south, running across the steppe until the pincers meet at Nomonhan village.
- else:
    At dawn on Sunday 20 August the bombers go over, a hundred and fifty of them, and then the guns. The Japanese officers are on leave behind the line, as they have been on Sundays all summer. Zhukov's three groups go forward: the southern and northern wings with the armour, the centre to hold the enemy in place.
    The numbers are the ones you spent July assembling: some fifty-seven thousand men, nearly five hundred tanks, three hundred and eighty armoured cars, more than five hundred guns, and four thousand trucks shuttling over a dirt road from Borzya. Against you, perhaps thirty thousand Japanese whose tanks went home after July.
}

~ temp heavy = supply < 40
{ heavy:
    ~ add_cas_sov(17)
    The ring closes, but the supply tables you feared come true. Shell stocks run low on the third day; fuel lorries break down on a road that is not a road. Infantry goes forward against bunkers the guns can no longer reach. The Japanese, who do not surrender, have to be killed in their holes one by one.
- else:
    ~ add_cas_sov(13)
    The ring closes, and the trucks keep coming. When a Japanese strongpoint holds, there are shells to smash it instead of another battalion to throw at it. It is still slaughter; the Japanese still do not surrender; but it is slaughter with fuel in the tanks.
}
~ add_cas_jpn(18)
~ khalkhin_won = true

{ tl == "S1":
    By 3 May the 23rd Division has ceased to exist. The Japanese offer to talk.
- else:
    By 26 August the ring has closed around the 23rd Division east of the river. What is left is killing, and it will take the rest of the month.
}
{ zhukov_fate == "sidelined":
    You do not see Zhukov again before he leaves the steppe. His report on the battle, you hear, is long and mentions you four times.
}
-> shtern_act3

// ═════════════════════════════════════════════════════════════════════════════
// S0 — Nomonhan in August–September 1938 (nomonhan_1938)
// ═════════════════════════════════════════════════════════════════════════════

=== sh_07_s0_trucks
-> checkpoint("chapter") ->
# chapter: SH-7 Every Truck in Three Districts
# date: 13–21 September 1938
# place: Chita
# map: khalkhin_gol
# music: tension
# sfx: train
# codex: zaozyornaya
-> sh_act2_settled ->
The Japanese are still on Zaozyornaya. Their engineers have wired the crest, and their guns look down on Posyet Bay from ground you bled for and could not take. You held the line below it because Moscow chose to strike elsewhere, and now elsewhere is your problem.

# codex: nomonhan
On 1 August, while the Korea Army's heights absorbed your divisions, a column of the Kwantung Army crossed into Mongolia near Nomonhan. They expected the empty steppe the defector had described. They met a full Soviet rifle division and two Mongolian cavalry regiments, and they have been stuck there since, short of shells, with their own air force grounded by Tokyo on the tenth of August.

Lyushkov knew the Far East. He did not know the Trans-Baikal. It is the first piece of luck the Red Army has had this summer, and Moscow intends to spend it.

You step down at Chita on the thirteenth of September, eight days out of Moscow, and go from the platform straight to the district's transport section. The order issued over your signature at the lake in August has done its work. The lorries of three districts are here, or on the roads between here and the border: collective-farm trucks with the farm's name still painted on the door, ambulances of your own Front, fuel bowsers from Tashkent, tractors towing guns. The transport section keeps them on a wall chart in four colours, and the chart is out of date by the time you have read it.

What has not yet arrived is a decision on what to do with them. Stalin's instruction comes on the fifteenth: the intelligence from Europe says Hitler is about to move on Czechoslovakia, and a war at both ends of the country is the one thing every man in the Kremlin fears. The situation at Nomonhan is to be liquidated, and quickly. How, and with what has reached the steppe, is the business of the commander at Chita. The Trans-Baikal has one railway, a dirt road to the border and, for the first time this year, enough lorries.

* [Throw everything that has arrived into the blow, and strike within the week.]
    ~ change_stalin(10)
    ~ change_supply(-10)
    You sign the order that turns the transport section's wall chart into a movement table. Every lorry that has reached Chita goes forward at once, loaded to the springs, and the ones still on the road are turned round at the railheads and sent after them. Nothing is held back for the wounded, nothing for the return journey, nothing for the men at Posyet, who have already given up their ambulances. The drivers sleep in their cabs at the fuel points.
    By the twenty-first the steppe east of the Khalkha holds more armour than the Red Army has ever put in one place: three rifle divisions, two motorised, two armoured, two of cavalry, two independent tank brigades, perhaps a thousand aircraft. It is larger than anything the railway should be able to carry, and it has emptied half of Siberia to get there. In the margin of the transport section's last return a clerk has noted in pencil how many of the lorries will need new engines before the winter. You initial the return and leave the pencil note where it is.
* [Build methodically: a smaller force, fully supplied, with lorries held back for the second week.]
    ~ change_stalin(-10)
    ~ change_supply(10)
    You tell Moscow the truth as you see it: the Japanese at Nomonhan are not going anywhere, and a blow that puts every lorry on the first day's roads will leave nothing to bring up the second week's shells or to bring the wounded home. You ask to keep a third of the transport back as a rolling reserve, and to strike in October.
    October is refused. The reserve is allowed, and with it comes a telephone call you will remember. Voroshilov, embarrassed, passes on the view that the commander at Chita is thinking like a quartermaster when the moment calls for a Bolshevik.
    The force that gathers by the twenty-first is smaller than the one Moscow dreamed of. It has shells for a second week, and behind it, in rows on the grass at Tamsag-Bulak, stand the lorries that will carry them.
* [Give the operation, and the lorries, to Zhukov and the Trans-Baikal district; you hold Khasan.]
    ~ change_stalin(-5)
    ~ change_nkvd(-5)
    # codex: zhukov
    There is a komdiv from the Belorussian district, recently sent east, named Georgy Zhukov. Voroshilov has him in mind for the mechanised corps. You suggest that he have the whole thing: the plan, the blow, and the lorries already standing in the Trans-Baikal's yards.
    It is a sound recommendation and a cowardly one, and you know both. Zhukov is a cavalryman who believes in tanks; you have a hill in Primorye you did not take. If the blow fails, it fails in another man's name.
    Moscow agrees with suspicious speed. You hand Zhukov the transport section's wall chart, which he studies for a long minute as if it were an enemy position, and you take the train back to Posyet to watch the Japanese watching you. The columns you found at Chita go on west without you.
-
-> sh_08_s0_envelopment

=== sh_08_s0_envelopment
-> checkpoint("chapter") ->
# chapter: SH-8 The Double Envelopment
# date: 21–30 September 1938
# place: Nomonhan
# map: khalkhin_gol
# music: battle
# sfx: artillery
# codex: harbin
Since the twenty-fifth of August the Japanese at Nomonhan have been losing about a hundred men a day to the Trans-Baikal's artillery and aircraft. By the twenty-first of September the Front Group's count is complete. Their China-bound reinforcements have been turned north into Manchuria and then, to your surprise, stopped at Harbin. Tokyo does not trust the Kwantung Army with more men than it already has.

The plan is Zhukov's and it is simple in the way that only hard things are: two armoured wings around both flanks of the enemy, meeting behind him, a ring of steel around the 25th Division on the east bank. Against perhaps fifty Japanese tanks you will have nearly a thousand armoured vehicles.

The question is tempo. Stalin wants it finished before Europe catches fire. Every day the ring takes to close, the Kwantung Army has a day to send relief from the 9th Division.

* [Close the ring at once with everything: Moscow wants it over before Czechoslovakia.]
    ~ change_stalin(10)
    ~ add_cas_sov(24)
    The armour goes in on 22 September across ground that has not been reconnoitred, with infantry following where it can. On the evening of the 24th the wings meet and the 25th Division is inside.
    Then the Kwantung Army tries to break in. On the 26th and 27th the relief columns come: a tank regiment that dies in an afternoon, and half of the 9th Division thrown against your outer ring. On the 30th the 25th Division, which has not surrendered, stops existing.
    The numbers come in over the following week. Thirty thousand Soviet soldiers dead, wounded and missing. Two hundred and fifty tanks, a hundred and fifty armoured cars, two hundred aircraft. Advantages of ten to one in armour, and a butcher's bill like this. You sign the report. You do not read it twice.
* [Bomb the relief routes first and close the ring deliberately.]
    ~ change_stalin(-5)
    ~ add_cas_sov(17)
    You hold the armour back a day while the bombers go for the roads out of Hailar and the bridges the relief must use. Zhukov calls it a waste of a day. Moscow calls it something worse, in a telegram you keep.
    When the ring closes on the 24th, the relief columns arrive late and piecemeal and are broken on the outer line. The 25th Division is destroyed by the 30th, as it would have been anyway. Fewer of your men die doing it.
    Seventeen thousand casualties, the staff says. It is a number you can say out loud, if not one you can live with.
    On the second evening you drive out to a forward airfield on the grass, where the bomber crews are eating standing up beside their machines. A navigator with a bandaged hand shows you the photographs: the Hailar road cratered in four places, a bridge over the Halha tributary down in the water. He asks whether it was worth the day. You tell him that the report will say so, and that the report will be correct, and you mean both halves of the sentence as a chief of staff means them.
* [Hold the river line and let the encircled Japanese starve rather than storm them.]
    ~ change_stalin(-15)
    ~ add_cas_sov(13)
    You close the ring and then stop. No assaults on the dug-in pockets; artillery, hunger and thirst instead. The Japanese inside will not surrender, but they can be left to run out of water.
    Moscow is incandescent. This was to be a lightning stroke, a message to Tokyo and to Berlin; instead it is a siege. The Europe intelligence sharpens every day, and every day Voroshilov asks why the ring has not been emptied.
    On the 30th the last Japanese strongpoint falls silent. Your losses are the lowest of any plan on the table. Your favour in Moscow is lower still.
    You go forward on the last morning, to one of the pockets by the river. The trenches smell of cordite and of men who have had no water for five days. A Japanese officer's dispatch case lies open in the sand, its maps annotated in a neat hand to the last hour: the relief will come, the relief will come. Your adjutant asks whether to send the maps to Moscow. You tell him to send them to the Front's own intelligence section, with a covering note in your name, and to keep a copy. In this year, a copy is a kind of armour.
-
// The Japanese losses in the ring are the same whichever way you close it.
~ add_cas_jpn(16)
~ khalkhin_won = true
On the thirtieth, at Munich, Britain and France give Hitler the Sudetenland without a shot. Stalin's haste, and its price, are explained to nobody. On 3 October the Japanese leave the heights above Lake Khasan, and the Soviet Union returns their prisoners and their equipment. Nobody in Moscow calls it a trade. Everybody in Moscow knows that Zaozyornaya was given back, not taken.
-> sh_09_s0_generals

=== sh_09_s0_generals
-> checkpoint("chapter") ->
# chapter: SH-9 The Two Generals
# date: October 1938
# place: Chita
# map: khalkhin_gol
# music: council
The victory belongs to two men and Moscow has a use for only one. The newspapers print your name and Zhukov's, in that order, and then a third name, Stalin's, above both.

Zhukov is everywhere that autumn: in the staff rooms in Chita, in the hospitals, on the telephone to Moscow demanding medals for tank crews. He has never commanded more than a corps. He has just commanded the largest mechanised battle anyone has fought, and he has no idea how dangerous that makes him.

# codex: mekhlis
Mekhlis's inspectors arrive in October to write the official account. They ask you the questions they have been sent to ask. How did Komdiv Zhukov treat his subordinates? Did he exceed his orders? Who gave the order to storm the pockets?

* [Back Zhukov without reservation.]
    ~ change_stalin(5)
    ~ zhukov_fate = "rising"
    You tell them the truth as a Bolshevik should tell it: the operation was planned by the Front, executed by Komdiv Zhukov, and succeeded because he is the best commander of armour in the Red Army. The inspectors take it down in a fair hand, and the senior of them asks you to initial each page, which is not the usual procedure.
    That evening Zhukov comes to your office without an appointment, in a field tunic still grey with steppe dust. He has heard, of course; in Chita everyone hears everything by supper. He does not thank you well. He says the statement was correct and he would have written the same about himself, then stands at the window and asks whether you think the inspectors will come back. You tell him they always come back. He laughs, a short bark, and goes.
    Reshetov files the carbon of your statement in the secret registry, in the same drawer as the casualty returns. Your signature is the largest thing on the page, and under it, in the inspectors' copy, is the date on which you chose to stand next to him.
* [Insist that the record show the costs, and the logistics that saved the day.]
    ~ change_supply(15)
    ~ change_stalin(-5)
    ~ zhukov_fate = "rising"
    You give them the supply tables, the fuel lorries, the trains. You make them write down what the victory cost and why, so that the next one costs less. It reads, in Moscow, as a subordinate's sour grapes; in Chita the quartermasters start using your report as a manual.
    The tables take three nights. Reshetov and two clerks from the rear services copy them out by hand: fuel delivered per day against fuel burned, lorries sent forward against lorries that came back, tanks lost to petrol bottles against tanks lost to empty fuel tanks. At the foot of the last page, under the column of the dead, you add a line in your own hand: that this column is the price of speed, and the Front must not be ordered to pay it again.
    The senior inspector reads that line twice and asks whether the commander would like to reword it. You sign it as it stands. He takes the tables away in a locked case, and you understand that the line will be read in Moscow by men who were not asked to pay anything.
* [Report Zhukov's conduct: the sackings, the threats, the disregard for orders.]
    ~ change_nkvd(-10)
    ~ change_zhukov_file(20)
    ~ zhukov_fate = "sidelined"
    You give them dates and names. Colonels removed in the field, a commissar cursed in front of his men, orders from the Front amended without reference. All true. The inspectors thank you warmly, which is how you know you have given them exactly what they came for.
    Zhukov's promotion, which everyone in Chita took for granted, does not come that winter. He is sent back to a cavalry command in the west. The file on him grows in another building.
    Zhukov leaves Chita in January on the Moscow train. You meet him on the platform by chance, or as near to chance as a commander's movements ever come. He salutes you correctly, gloves in his left hand, and looks at you for exactly as long as the regulations require. Neither of you mentions the inspectors.
    When the train has gone, Reshetov observes that the komdiv knows. You tell him that the komdiv knows nothing, officially. Officially is the only way anybody in this army is permitted to know anything, and it is the way the file on him will be read.
-
-> shtern_act3

// ═════════════════════════════════════════════════════════════════════════════
// S0 — the 1938 settlement without a Nomonhan battle (aid_cut, or neither)
// ═════════════════════════════════════════════════════════════════════════════

=== sh_07_s0_pact
-> checkpoint("chapter") ->
# chapter: SH-7 The Price of the Hill
# date: September–October 1938
# place: Khabarovsk
# map: far_east
# music: council
# sfx: telegraph
-> sh_act2_settled ->
{ aid_cut:
    Moscow took the trade. The Japanese will leave Zaozyornaya in stages over the autumn, and the Soviet Union will stop arming China. That is the whole of it, written in two clauses in a room in Moscow, and it will be years before anybody can tell you which clause weighed more.
- else:
    The crest above Lake Khasan was retaken in the end, at the price of a week of army-level assault and more dead than anyone will admit. Then came the ceasefire, and then the talking.
}

# codex: lake_khasan
The talk in Moscow this autumn is of a treaty with Japan: non-aggression, a commission on the border, a line drawn on the Tumen that both sides will promise to respect. It is Litvinov's kind of peace, and the Japanese want it because the defector's files have persuaded the Kwantung Army that the Far East is hollower than it is and persuaded Tokyo that even a hollow Far East is too expensive.

Narkomindel asks the Front for the military annex: what the border commission can give away, what it cannot, and what the army at Posyet will need if the treaty is a lie.

{ aid_cut:
    On the same desk there is a second order. The Soviet volunteer airmen in China are to be withdrawn, and the aircraft in the pipeline through Xinjiang stopped at Alma-Ata. Some of those men were in Spain with you.
}

* [Accept a demilitarised zone at Khasan and pull the 39th Corps back.]
    ~ change_diplo(10)
    ~ change_stalin(-5)
    ~ change_supply(5)
    You write the annex the diplomats want: both armies back five kilometres from the line, no guns on the heights, a joint commission to walk the ground each spring. It is sensible and it looks like retreat.
    The 39th Corps goes back into barracks it had not seen since July. The men are glad. Mekhlis's men are not, and say so in a report that is copied to you as a courtesy.
    You go down to Posyet to see the guns come off the heights. It is raw autumn weather, with fog lying on the lake. The gunners of the 39th Corps lower their pieces by hand down the slopes they hauled them up in the summer, and a battery commander with a bandaged ear asks you, formally, to confirm the order in writing: his political officer has told him that a withdrawal is a thing for which someone is always responsible.
    You write the confirmation on his map case in pencil and sign it. He salutes, folds the page, and puts it in his breast pocket, where men keep their Party cards.
* [Insist that the heights stay fortified whatever the treaty says.]
    ~ change_stalin(10)
    ~ change_diplo(-10)
    You write that the Front will not give up one metre of the crest it holds or the ground beneath the crest it does not. A treaty is paper. Guns are guns.
    # codex: litvinov
    Stalin, they tell you, liked the annex. Litvinov, they tell you, did not. The border commission starts its work with the Japanese already complaining, and the talks take a month longer than they should.
    The engineers take your annex at its word. By the winter there are concrete firing points on Zaozyornaya, poured in the frost with heated water and salt, and a battalion lives in dugouts on the crest where the wind off the lake never stops. Reshetov brings you the sick lists every week: frostbite, pneumonia, a sentry who shot himself on New Year's night. You sign each list and forward it to the Military Council.
    At the border commission the Japanese delegate asks twice what the concrete is for. The minutes record the Soviet reply: that the question lies within the competence of the Front. It is your competence, and it is your signature on the sick lists.
* [Decline to judge policy: ask Moscow for instructions and carry them out.]
    ~ change_nkvd(-5)
    ~ change_stalin(-5)
    You write that the Front is a military instrument and will execute whatever annex the government adopts. It is the safest thing you have written since Spain, and it costs you: Voroshilov wanted his man to have an opinion, and you have given him a mirror.
    Voroshilov's reply comes back by telegraph a week later, two sentences long. The People's Commissar notes the Front commander's position. The People's Commissar had expected more. Reshetov reads it to you in the cipher room and then waits, as if there might be a third sentence. There is not.
    That evening the government's annex arrives, the one you did not shape, and you put your signature under it in the place marked for the Front. It weighs exactly what any other signature weighs. To execute is a Bolshevik virtue. It is not, this year, the virtue anyone in Moscow is promoting.
-
{ aid_cut:
    The airmen come home from Lanzhou in November, on the same route their aircraft took out. Some of them come through Khabarovsk on their way to new postings and drink with your staff and do not talk about China.
}
-> sh_08_s0_frontier

=== sh_08_s0_frontier
-> checkpoint("chapter") ->
# chapter: SH-8 The Empty Frontier
# date: December 1938 – February 1939
# place: Khabarovsk
# map: far_east
# music: tension
The treaty is signed before the year is out. For the first time in your career the Japanese Army in Manchuria is not the most likely enemy of the Soviet Union.

The reports from Tokyo, which come to you second-hand and late, say the same thing from a dozen angles. The men who wanted to strike north have lost the argument. The Navy's men, the ones who look at oil in the Dutch Indies and rubber in Malaya, have won it. Divisions that were earmarked for Manchuria are going south to China instead.

Moscow notices too. There is a proposal on Voroshilov's desk, and a copy on yours, to take rifle divisions out of the Far East and send them west, where the Germans have swallowed the Sudetenland and will want more.

* [Release the divisions west: the danger is in Europe now.]
    ~ change_stalin(10)
    ~ change_supply(-10)
    You agree, in writing, that three divisions and their artillery can go. The Far East has a treaty and a quiet border and the Soviet Union has a long western frontier with nothing behind it.
    The trains go out through January. You watch the empty barracks fill with snow and wonder, not for the first time, whether a treaty can be trusted more than the people who sign it.
    You see the first regiment off at Khabarovsk station in January, at thirty degrees of frost. It loads its horses by lantern, the animals steaming and refusing the ramps, and its commander, a major you decorated after Khasan, asks whether the order is final. You show him your signature on the movement directive. He looks at it as a man looks at a doctor's prescription, and salutes.
    By February the sidings are empty, and the Front's order of battle is three lines shorter. You initial each deletion on the master copy in the operations section yourself, so that no file will ever be in doubt about whose decision it was.
* [Keep the Far East strong: the Japanese have only changed their minds, not their nature.]
    ~ change_stalin(-10)
    ~ change_supply(10)
    ~ change_nkvd(5)
    ~ change_north(-10)
    You write against the proposal, with figures. Japan has a million men under arms in China and the Kwantung Army has its own opinions. A treaty signed by Tokyo has not always been a treaty obeyed in Hsinking.
    The divisions stay. So does the impression, in certain offices, that the commander in Khabarovsk thinks he knows better than the Politburo what Japan will do.
    Voroshilov's aide telephones to ask whether the commander is certain of his figures. You are. He asks whether the commander is also certain of his assessment of the Politburo's intentions towards Japan, and you understand that the question has changed. You answer that the Front assesses the enemy, not the Politburo. There is a short silence on the line; then he thanks you and rings off.
    The divisions stay in their barracks on the Ussuri and drill in the snow. In the spring a new deputy chief of the Front's special department arrives from Moscow, with a briefcase of his own and no duties anybody can name.
    The other side is counting too. In March the Front's intelligence section brings you an intercepted summary from the Japanese military mission at Harbin: the Soviet divisions expected to leave for the west have not left, the garrisons on the Ussuri are at strength, and the Kwantung Army should expect no easy spring. The men in Tokyo who still talk of the north have one argument fewer.
* [Use the quiet to retrain: the Khasan lessons, taught properly.]
    ~ change_supply(10)
    ~ change_nkvd(5)
    You say nothing about the divisions and everything about training. Artillery that can find a target. Tanks that stay with infantry. Junior officers who can read a map without a commissar reading it for them. You write the syllabus yourself.
    It is the best winter's work you have done. It also means writing, in plain words, what went wrong at Khasan, and a man who writes down what went wrong is always, in some file, writing down who.
    In February you watch the syllabus tested on the frozen Amur below Khabarovsk: a rifle battalion attacking across the ice behind a rolling barrage of live shells, as the manuals prescribe and as nobody did at Khasan. Twice the barrage falls short. Nobody is hurt. On the third run the infantry keep their distance and reach the far bank in order, and the battalion commander, who was a sergeant in 1937, turns to you with a grin he cannot help.
    Your report on the exercise names the battery that fired short, because a report that names nobody is not a report. You sign it knowing another office will read the name.
-
-> sh_09_s0_zhukov

=== sh_09_s0_zhukov
-> checkpoint("chapter") ->
# chapter: SH-9 A Cavalryman from Minsk
# date: March–May 1939
# place: Khabarovsk
# map: far_east
# music: council
# codex: zhukov
There is no battle at Nomonhan this year and no great envelopment, and so nobody outside the Belorussian district has heard of Komdiv Georgy Zhukov. You have, because Voroshilov mentions him: a cavalryman who believes in tanks, rude, tireless, under a small cloud because men he served with have been arrested.

The Front needs a deputy commander who understands armour. You have a list of names from the personnel directorate. Some of the names on last year's list are no longer alive.

* [Ask for Zhukov as your deputy and vouch for him.]
    ~ change_nkvd(5)
    ~ zhukov_fate = "rising"
    You ask for him by name. The personnel directorate asks, in its courteous way, whether the commander is aware of the materials concerning Komdiv Zhukov's former associates. You reply that you are aware, and that you need him anyway.
    He arrives in April, looks at your tank brigades and tells you they are a disgrace. By June they are not. You have found the best commander of armour in the Red Army and nobody knows it yet, which may be the safest thing that could happen to him.
    His first report to you runs to three pages and uses the word "unacceptable" eleven times. You forward it to Moscow unamended, with a covering note that the Military Council of the Front concurs in every particular, and your signature under the note. Reshetov asks whether that is wise. You tell him it is correct, which is not the same thing.
* [Take a safer name from the list.]
    ~ change_stalin(5)
    ~ zhukov_fate = "sidelined"
    You take a colonel with a clean file and a quiet manner, who will do what he is told. Zhukov stays in Minsk, commanding cavalry on the western border, one capable officer among many in a district that has lost its best.
    In a different year there might have been a river and a battle to make his name. This year there is not.
    The colonel arrives in April with a new greatcoat and a folder containing his own service record, which he offers you before you ask. He is competent. He drafts orders without error, never raises his voice, and at his first exercise he halts a tank brigade for six hours because its liaison with the infantry has not yet been formally established.
    Nobody is disciplined. Nothing moves. You sign the exercise report with a remark that is neither praise nor blame, and reading it over you reflect that you have chosen a deputy the way a careful man chooses an alibi.
* [Forward the materials on Zhukov's associates with your own comments.]
    ~ change_nkvd(-10)
    ~ change_zhukov_file(20)
    ~ zhukov_fate = "sidelined"
    The directorate asked for an opinion on a list, and a list is a kind of question. You answer it: the komdiv is capable and reckless, close to men since unmasked, and the Front cannot take the risk.
    It is not a denunciation. It is an opinion, signed and dated. It goes into a file with the others, and Zhukov's name goes to the bottom of a list that nobody will need to read again this year.
    Reshetov types the covering letter twice, because you change a comma. Then you sign it, and he carries it to the special department himself in a sealed envelope, and comes back, and stands in the doorway. He does not ask. You have served long enough to know that an adjutant who does not ask has already drawn his conclusion, and has begun to keep his own file in order against the day yours is opened.
-
-> shtern_act3
