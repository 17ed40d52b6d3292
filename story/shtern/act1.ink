// ─────────────────────────────────────────────────────────────────────────────
// Shtern, Act I: Khasan (May–November 1938). Decisions SH-1 to SH-6.
// Entry: shtern_start. Exit: -> checkpoint("act1") -> then -> shtern_act2.
// ─────────────────────────────────────────────────────────────────────────────

// Set at SH-1 ("reports" | "halt" | "silence" | "names"), read at SH-2, SH-3
// and SH-6 for consequence text; reset to "" before the Act I checkpoint.
VAR sh_staff_line = ""
// Set at SH-3 C (the 40th Rifle Division moved forward early), read at SH-4
// (its supply +10 is paid back there); reset at SH-4.
VAR sh_forward_40th = false

=== shtern_start
~ setup_shtern()
~ figure_endings = -> sh_go_ending
# date: May 1938
# place: Khabarovsk
# map: far_east
# music: tension
# sfx: train
# codex: shtern
The train has been carrying you east for nine days, and for most of them you have watched the taiga go by and thought about Spain.

Fifteen months as chief Soviet military adviser to the Republic. Fifteen months of telling Spanish generals how to fight, and of writing reports to Moscow that said exactly as much as a report should say and no more. You learned there that a staff officer's most important weapon is the sentence he does not write.

# codex: spanish_civil_war
Now the Republic is losing its war, and the advisers have been called home. Some of the men you worked beside in Madrid stepped off their trains in Moscow and were not seen again. You stepped off yours and were given a new post. You have not yet decided which of those facts frightens you more.

# codex: khabarovsk
Khabarovsk in May is mud, birch smoke and the brown width of the Amur. The station platform smells of coal and fish. A captain with a new collar patch and an old face salutes you and introduces himself as your adjutant, Reshetov. He has been in the post for three weeks. His predecessor, he says, was transferred. He does not say where.

# codex: far_eastern_front
# codex: blyukher
You are thirty-seven years old, and as of this month chief of staff of the Special Red Banner Far Eastern Army, which Moscow means to make a Front by the summer. Your commander is Marshal Vasily Blyukher, hero of the Civil War, the man who has held the Far East for Moscow since before you had a division of your own.

Everyone in the army knows his name. Everyone in the army also knows that a marshal's star did not save Tukhachevsky last June, and that Blyukher sat among the judges who condemned him. That did not make Blyukher safe. It only made him a witness.

You are a Jew and a Bolshevik, and this year you have noticed that some files list the two facts in one order and some in the other.

# codex: voroshilov
# codex: stalin
You owe your career to Voroshilov, whose officer for special assignments you were for years. You owe your life, so far, to Stalin's indifference. The first is a debt you can count on. The second can be called in at any hour.

The staff building on the river bank has too many empty desks. Reshetov shows you the establishment tables: a third of the section chiefs are new since winter, and a third of the new ones are acting. In the operations section a lieutenant is doing a colonel's work because the colonel and his deputy were taken on the same night in April.

"They say the Japanese know all this," Reshetov says, and then looks as if he would like to take the sentence back.

You look at the map of the border: the Amur, the Ussuri, the long thin strip of Primorye hanging down to Vladivostok and the Korean corner, where three countries touch beside a small lake called Khasan. Three hundred thousand Japanese soldiers sit on the other side of that line. On this side, the Front has divisions, guns and aircraft, and far fewer officers who are sure they will still be at their desks next week.

You were sent here to make this machine work before someone tests it. You have been a Bolshevik since the Civil War, a commissar before you were a commander. You know what the Party asks of you. The question this spring is who, exactly, is asking.
-> sh_01_doomed_marshal

=== sh_01_doomed_marshal
-> checkpoint("chapter") ->
# chapter: SH-1 Chief of Staff to a Doomed Marshal
# date: May–June 1938
# place: Khabarovsk
# map: far_east
# music: council
# codex: mekhlis
# codex: frinovsky
# codex: yezhov
They arrive at the end of May, and the building changes its temperature the day they do. Lev Mekhlis, head of the army's Political Administration, and Mikhail Frinovsky, deputy to Yezhov at the NKVD. They have come, the order says, to help the Front strengthen itself.

# codex: nkvd
Mekhlis takes an office two doors from yours and keeps the door open so that he can see who walks past. Frinovsky hardly uses an office at all. He sits in on meetings, says little, and afterwards officers are called to the NKVD building on the other side of town and come back pale, or do not come back.

Blyukher still signs the orders. You bring him the morning folders at eight and he reads every page, slowly, with a pencil, like a man checking a bill he has already paid. He looks older than his years. He asks sensible questions about railway capacity and fodder and the state of the fortified districts, and never once mentions the two men in the building who have come to take him apart.

On the third evening Mekhlis asks you to stay behind.

He is polite. He is always polite with people he has not yet decided about. He says that the Party values your experience in Spain, where you saw with your own eyes how treason in the staff can lose a war. He says that the Far Eastern command has been, to put it gently, negligent about enemies in its ranks. He says that a chief of staff sees everything, and that the Party would welcome your written views on the marshal's conduct: whom he has protected, whom he has promoted, what he has said about the arrests.

He does not ask you to lie. Nobody ever asks you to lie. They ask you to remember.

"You needn't answer tonight," Reshetov says when you come back to your office, though you have told him nothing. He has the look of a man who has sat outside that door himself. "Everyone gets three days."

You have a Front to run. The mobilisation plan is a year out of date. Two of the rifle corps have acting commanders who were battalion officers eighteen months ago. The Japanese across the line are not waiting for the purge to finish. And on the desk in front of you is a clean sheet of paper.

* [Write the reports Mekhlis and Frinovsky want.]
    ~ change_stalin(10)
    ~ change_nkvd(-10)
    ~ change_supply(-5)
    ~ blucher_denounced = true
    ~ sh_staff_line = "reports"
    You write them at night, by hand, because you do not trust the typists, and do not want them to see that you do not.

    You are careful. Everything you put down is true, or nearly: that the marshal resisted the removal of certain commanders, that he spoke of the arrests as damage to the Front, that he kept men on his staff after their relatives had been taken. Each fact is small. Laid end to end they make a road, and you know where it goes.

    Mekhlis reads the pages in front of you, nods, and puts them in a folder with a red string. He says you have shown Bolshevik clarity. The next week a telegram from the Defence Commissariat thanks you for your energy in strengthening the Front's command. You are invited to sit in on the appointments committee.

    The cost comes in quieter coin. The marshal does not change his manner toward you at all; you register it, as one registers a document missing from a file that ought to contain it. Two section chiefs you named in passing are gone by mid-June, and their replacements do not know where the maps of the Posyet sector are kept.

* [Use your Voroshilov channel: ask him, privately, to stop the arrests of officers you need.]
    ~ change_stalin(-5)
    ~ change_nkvd(5)
    ~ change_supply(10)
    ~ sh_staff_line = "halt"
    You write to Voroshilov as you used to write to him when you were his officer for special assignments: short, personal, sealed, carried by a courier who owes you a favour.

    You do not defend anyone. That would be fatal. You write as a staff officer about a staff. The Front cannot plan a river crossing without its engineers, cannot move a corps without its railway officers, cannot fight without its artillery chiefs. You give numbers. You ask that certain named men be left at their desks until the summer is over, for the good of the service.

    Voroshilov does not answer in writing. But at the end of June three of your names are quietly struck off a list, and the artillery section keeps its chief. The staff works. Orders go out on time. For the first time since you arrived, the operations section has a colonel in it.

    You know what you have done. A letter that asks for mercy, however it is worded, is a letter that exists. Somewhere in the Commissariat it has been copied. Somewhere in Frinovsky's world, someone has written your name beside the words "intercedes for".

* [Keep to staff work. Say nothing, write nothing.]
    ~ change_nkvd(5)
    ~ change_supply(5)
    ~ sh_staff_line = "silence"
    On the third day you tell Mekhlis that you have been in the Far East for five weeks, that you are still learning the names of the divisions, and that you would not presume to judge a marshal on so short an acquaintance. You say that if you learn anything the Party should know, you will of course report it.

    He smiles and says that is very correct. His adjutant, at the end of the table, enters the date and the hour of your answer in the commission's register of interviews, under a number, and passes the register across for your signature. You sign it. An answer that commits you to nothing still goes into the file as an answer.

    Then you do the only thing you came here to do. You rebuild the operations section out of whoever is left. You redraw the rail timetables for a mobilisation toward Primorye, find fuel stocks nobody had counted, and put the acting commanders through map exercises until they stop looking at the door when it opens.

    Silence is not invisible, though. In this building, a man who does not write is a man who is waiting to see who wins. Mekhlis has noticed. So, you suspect, has Blyukher.

* [Give them names, but only from the staff below the marshal. Keep Blyukher out of it.]
    ~ change_stalin(5)
    ~ change_nkvd(-10)
    ~ change_supply(-10)
    ~ sh_staff_line = "names"
    You give Mekhlis a different document from the one he asked for. It is about the staff, not about the commander. Officers who were slow, officers who were careless with secret papers, officers whose brothers were arrested in 1937. You tell yourself that most of these names are already in Frinovsky's files. You tell yourself that you are buying the marshal time.

    Mekhlis weighs the pages in his hand as if they were short. Then he thanks you. He says that vigilance starts at the working level and that the Party appreciates an officer who knows where to look.

    Over the next three weeks, eleven officers of the Front's headquarters are removed. You did not name them all. You named enough. The intelligence section loses the only major who reads Japanese. The railway section loses two of its three planners, and nobody now can tell you how many trains the line to Vladivostok can carry in a day.

    Your own file, Reshetov hears, has been moved to a thinner drawer. It does not feel like safety. It feels like debt.

- Early in June, Blyukher calls you in to approve a revised deployment for the Posyet sector, where the border runs along a line of bare hills above a lake. {blucher_denounced: He discusses it with you exactly as before, in the same dry voice. When you leave, he does not look up.|{sh_staff_line == "halt": He says, without looking up, that he hears the artillery section is to keep its chief, and that someone must have friends. It is the closest he will come to thanks.|He goes through the figures with you line by line, as if figures were the last thing in the building that could still be trusted.}}

You are still getting to know the Front when, on the thirteenth, the telephone rings before dawn.
-> sh_02_defector

=== sh_02_defector
-> checkpoint("chapter") ->
~ mark_meters()
~ change_nkvd(5)
# chapter: SH-2 The Defector
# date: 13 June 1938
# place: Khabarovsk
# map: far_east
# music: tension
# sfx: telephone
# codex: lyushkov
# codex: hunchun
The voice on the line belongs to the duty officer of the Front's intelligence section, and it is shaking. Genrikh Lyushkov, chief of the NKVD for the whole Far East, drove south to the border last night. Near Hunchun, in the early hours, he walked across into Manchukuo and did not come back.

He took papers with him. Nobody yet knows how many.

# codex: korean_deportation
You sit on the edge of the bed in the dark and work it out. Lyushkov came out from Moscow last summer. He ran the arrests here: the officers taken from this building, the lists, the night vans. His directorate put the Korean families of Primorye on trains to Central Asia last autumn, whole villages emptied in days. And his office had the Front's order of battle, because the NKVD has everything.

{sh_staff_line == "names": The pages you handed to Mekhlis went into the same files. The man who read the names you gave is now in a Japanese staff car.|{sh_staff_line == "halt": The officers you asked Voroshilov to spare were in his files. So were you.|Somewhere in his files there is a page about you.}}

By seven the building knows. By nine, Moscow has called. The line from Moscow is that no such defection has occurred, that any person the Japanese produce will be an impostor, and that the Front will not disgrace itself with panic. Frinovsky, who is still in Khabarovsk, has stopped sleeping. Every officer who ever shook Lyushkov's hand is now writing a statement about the handshake.
~ tell_changes("You write yours too, and the Special Department files it under your name.")

Blyukher asks you for a recommendation by evening. What does the Front change, now that the other side may know what the Front is?

You know the answer a staff college would give. You also know that in this building, in this month, the answer is not the only thing that will be judged. The manner will be judged too.

* [Order an emergency reshuffle: redeploy, change the codes and the plans.]
    ~ change_supply(-15)
    ~ change_nkvd(-5)
    ~ change_north(-5)
    ~ lyushkov_value = "low"
    You assume the worst: that every unit number, every wireless call sign, every mobilisation timetable is on a desk in Hsinking by the end of the week.

    So you break them. New cipher tables for every division. Two rifle divisions shifted fifty kilometres up and down the line. The aviation brigades moved to dispersal fields, the fortified districts' fire plans rewritten, the Posyet sector's covering force doubled on paper and then rearranged again so the paper is wrong. It is three weeks of sleepless work for a staff that has already lost a third of its officers.

    The cost is real. Fuel burns on pointless marches. Units arrive at fields without fodder. A battalion of engineers spends ten days digging positions it will never use. But when the Japanese staff open Lyushkov's folders, they will find a photograph of an army that is no longer standing where it stood.

    Frinovsky approves. Vigilance, he says, is the right answer to treason. He does not add that it also proves you were not part of it.

* [Change as little as possible. Moscow says he is an impostor: do not look panicked.]
    ~ change_stalin(5)
    ~ change_north(10)
    ~ lyushkov_value = "high"
    You recommend calm. New cipher keys, which are changed every quarter anyway. A note to the divisions reminding them of secrecy. No movements that the Japanese could read as fear, and nothing that would contradict Moscow's line that the man in Manchukuo is nobody in particular.

    It is the politically correct answer, and for a few days it looks like the sensible one. The border stays quiet. Moscow approves of the Front's composure. Nobody has to explain to the Commissariat why two divisions are marching up and down Primorye in the middle of the summer exercises.

    But you read the intelligence summaries carefully, and by the end of June they have a new tone. Japanese staff officers have been seen at Hunchun and in the Korean border towns. The Korea Army's signal traffic has thickened. Across the line, people who were guessing about the Far Eastern Front have stopped guessing.

    You tell yourself that papers grow stale. You do not quite believe it.

* [Propose a probe on the border, to learn what the Japanese now know.]
    ~ change_stalin(5)
    ~ change_nkvd(5)
    ~ change_diplo(-5)
    You suggest something more active. If the Japanese have Lyushkov's papers, they will react to what the papers say. So give them something to react to. Push the border guards forward on a disputed stretch, occupy a height or two, watch which units answer and how fast, and you learn what they know from what they do.

    It is the kind of idea that pleases Moscow: not defensive, not panicked, aggressive in a small way. A note from the Commissariat calls it sound. The NKVD border troops, who answer to their own commissariat, like it less, because it makes them the bait. Narkomindel will like it least of all, if it ever hears.

    The probe does one thing you intended. The Japanese reaction is quick and nervous, and it tells the Front's intelligence section that the other side is not sure of its picture. Lyushkov's papers are being checked against the ground, and the ground has started to move.

    It does another thing you did not intend. It puts the southern corner of Primorye, the hills above Lake Khasan, on both sides' maps in red pencil.

- Lyushkov is gone. The building goes on. You sign the orders of the day, and in the evening you stand by the window and watch the river, and you think about how much a frightened man can carry in one briefcase.
-> sh_03_zaozyornaya

=== sh_03_zaozyornaya
-> checkpoint("chapter") ->
~ mark_meters()
~ change_nkvd(5)
# chapter: SH-3 Zaozyornaya
# date: 8–28 July 1938
# place: Posyet sector
# map: khasan
# music: tension
# codex: posyet
# codex: 59th_border_detachment
# codex: zaozyornaya
# codex: lake_khasan
On the eighth of July the border guards of the 59th Posyet detachment begin to dig on the crest of Zaozyornaya, a bare, steep hill above the western shore of Lake Khasan. They are NKVD troops, not the army's. Their orders came through their own chain, and Frinovsky's name is somewhere at the top of it.

You hear about the trenches from the Posyet sector commander, not from the NKVD. {sh_staff_line == "halt": Your artillery chief, the one Voroshilov let you keep, goes down to look and comes back with sketches: a good position, he says, if anyone means to hold it, and a poor one if anyone means to supply it.|The officer you send to look comes back with a sketch and an opinion: a good position to hold, a bad one to supply.} Between the hill and the Soviet rear lies the lake itself and a belt of marsh. There is one dirt road.

# codex: bezymyannaya
# codex: tumen_river
From the crest you can see into Korea. The Tumen runs below it to the south-west, and beyond the river are the railway and the roads of the Japanese colony. A few kilometres north stands a second, lower height, Bezymyannaya, the Nameless. The map in Khabarovsk puts the border along the crests. The Japanese maps, you are told, put it somewhere else.

{lyushkov_value == "": You wonder, for a moment, how much of this was your own probe, grown by other hands into something larger. Then you stop wondering, because it is not a useful thought to have in writing.}

On the thirteenth, in Tokyo, the Japanese put Lyushkov in front of the foreign press. He talks for hours: about the purge, about the Far East, about the numbers. Moscow repeats that he is an impostor. In Khabarovsk, nobody says the word aloud, because everybody has read the transcript.

This month the arrests in the Front reach a pitch you did not think possible. More officers are removed in July than in the whole year before, four or five times as many. Men are taken from the trains taking them to new posts. The Front's papers pass through so many new hands that some orders are signed by people whose names you do not know.
~ tell_changes("Every arrest sends an investigator back through the papers the arrested man signed, and yours are on most of them.")

On the fifteenth the Japanese representative in Moscow demands that the guards leave both heights. Moscow refuses. In Korea, the 19th Division begins to move.

Blyukher does something then that you did not expect. He sends his own commission to the hill, quietly, to walk the line with the old maps. The officers come back on the twenty-fourth with a finding he asks you to read before anyone else does: the border guards have dug in on the wrong side. Not by much. Enough.

On the twenty-seventh he reports it to Voroshilov. On the twenty-eighth the answer comes down the wire like a slap. The Commissar tells him to stop looking for fault in his own border guards and start preparing to beat the Japanese. That evening a second telegram arrives, not for the marshal. Mekhlis has been told to report on him.

Blyukher calls you in. He does not ask for your opinion. He simply lays the commission's map on the table between you, and waits.

* [Back Blyukher's finding. Put your own name under the commission's map.]
    ~ change_diplo(5)
    ~ change_nkvd(15)
    ~ change_stalin(-10)
    You take the map, check the commission's survey against the old treaty maps yourself, and sign the covering note as chief of staff. The border guards are on the wrong side of the crest. The Front recommends they be pulled back to the line and the dispute settled by talks.

    Blyukher reads your note and folds it into his own report. He says nothing about it, then or ever. But he signs the covering letter with a steadier hand than you have seen him use all summer.

    In Moscow, the diplomats are quietly grateful: a Front that admits a mistake on its own side gives Narkomindel room to talk. In the rest of Moscow, your signature has been seen beside the marshal's at the moment the marshal is being written up. {sh_staff_line == "reports": Mekhlis, who has your earlier pages in a folder with a red string, asks you with great courtesy whether you have changed your mind about the marshal. You find you have no good answer.|Mekhlis does not say anything to you at all, which is how you know it has been noted.}

    It changes nothing on the hill. The guards stay where they are. The Japanese have their pretext already.

* [Back the Moscow line. The Japanese are the aggressors; the guards stay.]
    ~ change_stalin(10)
    ~ change_nkvd(-5)
    ~ change_diplo(-5)
    You tell the marshal that a border commission with old maps cannot overturn the position of the Party and the government. The guards are on Soviet soil because Moscow says they are. The Front's job is to see that they stay there.

    Blyukher looks at you for a long moment. Then he rolls up the map and puts it away. He does not argue. Perhaps he knew, before he laid it out, what you would say. Perhaps he only needed to hear someone say it so he would know where he stood.

    Your report to the Commissariat is brief and correct. The Japanese provocation must be met with firmness; the Front is preparing; the chief of staff is confident. It is read, you hear, with approval. Mekhlis mentions your name in a telegram as an example of Bolshevik principle in a difficult staff.

    At Narkomindel, people who will never meet you sigh over the Front's maps. The diplomats will have to argue a line they know is thin.

* [Say nothing about the line. Move the 40th Rifle Division and the guns forward anyway.]
    ~ change_supply(-10)
    ~ change_nkvd(5)
    ~ sh_forward_40th = true
    # codex: 40th_rifle_division
    You do not argue about maps. Whoever drew the line, someone is going to fight for those hills, and soon. You ask the marshal for an order moving the 40th Rifle Division down toward the Posyet sector, with its artillery and a stock of shells, and he gives it without comment.

    The march costs you. The roads south of Vladivostok are mud after the rains, the division's lorries break down by the dozen, and the fuel you had been hoarding for the autumn goes into three days of moving guns across marsh. The move is not secret; it cannot be. The Japanese see it, and so does the NKVD.

    Mekhlis asks why the chief of staff is moving troops without political direction. You tell him, truthfully, that you are preparing to defend Soviet soil. He writes that down too.

    But when you look at the map that night, there are guns within range of the lake, and an infantry division a day's march from the crest instead of four. Whatever happens next, it will not happen to an empty sector.

- The marshal's commission map goes into a drawer. The border guards stay on the crest. On the night of the twenty-eighth, the wind from the sea brings rain to Posyet Bay, and the Korean hills beyond the Tumen are full of lorries.
-> sh_03b_heights

=== sh_03b_heights
~ add_cas_sov(1)
# date: 29–31 July 1938
# place: Lake Khasan
# map: khasan
# front: khasan_jul29
# music: battle
# sfx: artillery
# codex: 19th_division
# codex: korea_army
The Japanese come on the twenty-ninth, first against Bezymyannaya. The border guards throw them back, barely, with machine guns and grenades and the help of a few men who run up from the lake. The telephone line from Posyet is cut twice in the afternoon.

{ lyushkov_value == "high" && north >= 60:
    ~ tl = "S0"
    ~ changkufeng_held = true
    What comes on the night of the thirty-first is not what any of your estimates said.

    The summaries had the 19th Division committing a regiment, perhaps two battalions of it. Instead, the Korea Army comes over the Tumen with the whole of the 19th Division in the first wave and a second division's units behind it. Heavy batteries move up on the Korean side of the river, and by dawn there are guns on the slopes that were not there at dusk. They take both heights in the dark, and then they do something the Japanese army is not supposed to do. They stop, and dig.

    By the second day the aerial photographs show it plainly. Trenches on the reverse slopes. Wire. Observation posts on Zaozyornaya looking down on the only road you have.
    # codex: rajin
    Across the river at Rajin, ships unload shells onto a railway that runs almost to the front. They are not raiding. They are building.

    You put the photographs side by side with the order of battle Lyushkov carried across in June. {sh_staff_line == "halt": The artillery chief you fought to keep looks at them for a long time and says that they seem to know exactly where our guns would have to stand.|The intelligence major you have left says quietly that they seem to know exactly where we are thin.} You think of the quiet week in June when you decided not to look panicked.

    It is, you learn later, the decision Tokyo took on the defector's word. Not a war: a bite. Take a hill, hold it, and sell it back to Moscow at a price.
- else:
    On the night of the thirty-first, in rain and darkness, a regiment of the Korea Army's 19th Division comes up both slopes at once. By morning the Japanese are on Zaozyornaya and Bezymyannaya, and the border guards who held them are dead or fallen back to the lake shore.

    # codex: suetaka
    It is a small force by the standards of the army you command: a few thousand infantry, a handful of guns, no tanks, no aircraft. Their division commander, General Suetaka, has been told to hold the heights and not to go a step further. They have the hill, and the one road below it, and they are waiting to see what the Red Army will do.

    You know what the Red Army will do. The only question is who will be blamed for how it does it.
}
-> sh_04_do_you_want_to_fight

=== sh_04_do_you_want_to_fight
-> checkpoint("chapter") ->
~ mark_meters()
~ change_stalin(-10)
# chapter: SH-4 "Do You Really Want to Fight?"
# date: 1–6 August 1938
# place: Posyet sector
# map: khasan
# front: khasan_aug6
# music: tension
# sfx: telephone
The call comes on the first of August. Stalin speaks to the marshal himself, and you wait outside the apparatus room with Reshetov and a cold glass of tea, listening to the rise and fall of a voice you cannot make out.

Blyukher comes out grey. He tells you what was said the way a man reads out a sentence passed on someone else. Moscow wants the aircraft to bomb the Japanese on the heights today, now, whatever the weather. The marshal had said the cloud was down on the hills and that the bombs would fall among the Korean villages below them. Stalin had waved the villages away. Then he had asked the question that everyone in the room will remember: whether the marshal really wants to fight the Japanese at all, or whether he would prefer to be relieved.
~ tell_changes("Stalin's displeasure does not stop at the marshal. It reaches whoever stands beside him.")

# codex: rychagov
# codex: sb_bomber
The marshal asks you to pass the order to Rychagov's air brigades. You pass it. The cloud stays down.

# codex: 39th_rifle_corps
# codex: 32nd_rifle_division
# codex: 2nd_mechanised_brigade
# codex: t26
That night an order from Moscow gives you field command. You are to take the 39th Rifle Corps: the 32nd, the 39th and the 40th Rifle Divisions and the 2nd Mechanised Brigade, with its T-26 tanks. Nearly twenty-three thousand men, some three hundred and fifty tanks, two hundred and thirty-seven guns, and about two hundred and fifty aircraft, seventy fighters and a hundred and eighty bombers. It is a corps on paper, a mob on the roads, and the only roads are mud.

Everyone in Khabarovsk understands the shape of it. If the hill is retaken quickly, the victory will belong to Moscow. If it is not, the defeat will belong to the marshal, and to whoever is standing nearest him. That is you.

{sh_forward_40th:
    // The payoff of SH-3's quiet forward move, told here where it lands.
    ~ mark_meters()
    ~ change_supply(10)
    ~ sh_forward_40th = false
    The forward move you made in July pays back now. The 40th Rifle Division is already on the lake shore, its guns registered, its shells dumped in the birch scrub behind the road. While the other divisions struggle south through the marsh, you have one that can fight tomorrow.
    ~ tell_changes("The quartermasters enter the July dumps in their ledgers as found stock.")
}
{supply < 20: The supply section's figures make you close your eyes. Too few lorries, too little fuel, and shells counted by the wagon rather than the train. Whatever you choose, it will be fought on short rations.}

{ tl == "S0":
    The 40th goes in on the second and is stopped on the wire below Zaozyornaya. The Japanese do not run. They have two divisions' worth of rifles on the slopes and heavy guns behind the Tumen, firing from Korea where your bombers are forbidden to follow. By the evening of the third, the casualty returns are the worst you have signed since Spain.
- else:
    The 40th goes in on the second, along the narrow strips of ground between the lake and the border, and is cut up by machine guns it cannot see. Men drown in the marsh carrying ammunition boxes. The corps has nearly ten times the enemy's numbers, and on that ground it can use almost none of them at once.
}

On the third the marshal comes down to Posyet himself, with Mekhlis close behind him. Moscow calls every few hours. Each call asks the same question in a different voice: when?

You have three ways to answer.

* [Bomb and assault at once, as Moscow demands, cloud or no cloud.]
    { tl == "S0":
        ~ change_stalin(5)
        ~ change_supply(-20)
        ~ add_cas_sov(2)
        You throw the corps at the heights on the fourth. The SB bombers come in under the cloud and scatter their loads across the slopes, the marsh, the Korean side of the river. Some of it falls on the Japanese. Some of it falls on your own forward companies.

        Against a regiment, it might have worked. Against two divisions dug in with wire and heavy guns, it does not. The infantry reaches the second line of trenches on Bezymyannaya and is thrown back. The tanks that get across the marsh are burned on the slopes by anti-tank guns sited by men who knew, it seems, which way the tanks had to come.

        By the sixth, the corps has lost over a hundred tanks and aircraft, nearly fifteen hundred dead, and most of the shells the region had stored. Moscow thanks you for your energy. Moscow does not thank you for the result.

        You write the casualty report yourself. It is the first document you have signed since you came to the Far East that nobody asked you to soften.
    - else:
        ~ change_stalin(15)
        ~ change_supply(-10)
        ~ change_nkvd(-5)
        ~ add_cas_sov(2)
        You give the order Moscow wants. Rychagov's bombers go in under the cloud. From the lake shore you watch them drop through the grey and you hear the bombs land, some on the crests, some in the valleys, some where you will never know.

        The infantry goes in behind them, in daylight, up the open slopes. They take the northern crest of Bezymyannaya by evening and lose it again at night. They take it again. The losses are heavy and a good share of them are your own fire: bombs short, shells short, telephone lines cut, companies firing into companies in the smoke. Reports from the other side of the Tumen speak of bombs on Korean farms.

        Moscow is pleased. Telegrams arrive praising the Bolshevik offensive spirit of the 39th Corps. Mekhlis, who misses nothing, says in your hearing that the chief of staff at least understands what the Party means by the word now.

        You do not sleep for three nights. On the sixth, your birthday, the heights are still in dispute, and the field hospitals behind Posyet are full.
    }

* [Take until the sixth to mass the artillery and coordinate the attack.]
    { tl == "S0":
        ~ change_stalin(-10)
        ~ change_supply(-5)
        ~ add_cas_sov(2)
        You refuse to feed the corps into the wire a battalion at a time. You tell Moscow, in the flattest language you know, that the Japanese have two divisions on the heights and heavy guns behind the river, and that an attack worth the name needs an army, not a corps, and a week to bring it up along one road.

        Moscow does not like the word week. It likes the word army even less, because it means the Japanese have made this a war. There is a long silence on the line, and then an order to do it. The marshal signs it with you. You notice that his signature is above yours, and you notice yourself noticing.

        The week goes by in mud. Guns stuck axle-deep on the lake road, shells carried forward on men's backs, lorries burning out their engines on the grades. The Japanese use the same week to dig deeper, and their guns across the Tumen shell your columns whenever the cloud lifts.

        You do not lose the corps. But on the seventh, when your army-level attack is still days away, the heights are still theirs.
    - else:
        ~ change_stalin(-5)
        ~ change_supply(-5)
        ~ add_cas_sov(1)
        You tell Moscow, in the careful language of a staff officer who wants to live, that the corps will attack in strength on the sixth, with the artillery registered, the tanks supporting the infantry rather than running ahead of it, and the aircraft on targets that can be seen. Until then, local attacks only, to hold what you have.

        Moscow does not like it. A call from the Commissariat asks, in a voice you know well, whether the chief of staff has caught the marshal's hesitation. {sh_staff_line == "halt": Voroshilov does not mention your letter. He does not need to.|You answer that the chief of staff has caught nothing but the Japanese.}

        You spend three days bringing up guns along one road, feeding shells forward by hand across the marsh, and making the divisions agree what time it is. On the sixth of August, your thirty-eighth birthday, the guns open at the hour you chose and the bombers come in over hills they can actually see. By evening the 40th and 32nd Divisions are on the crest of Zaozyornaya, and a red flag is on the top.
        ~ change_stalin(10)

        It is not over. The Japanese still cling to the far slopes and to part of Bezymyannaya, and they counter-attack every night. But the crest has fallen, and Moscow has a flag to put in the newspapers.
    }

* [Send the tanks in ahead of the infantry and break through by weight.]
    { tl == "S0":
        ~ change_stalin(-5)
        ~ change_supply(-20)
        ~ add_cas_sov(2)
        You send the 2nd Mechanised Brigade in first, to crack the line open for the infantry. The tanks go into the marsh at the foot of the heights, and the marsh holds them. The ones that get through climb into the fire of guns that have been waiting for them behind the crest.

        Against a regiment, weight might have told. Against two dug-in divisions, it is a slaughter of machines. By the sixth, the brigade is a column of burned-out hulls along the lake road. Over a hundred tanks and aircraft are gone, nearly fifteen hundred men are dead, and the shells the Front had stocked for a year have been fired in a week.

        Moscow asks how a Front with ten times the enemy's armour can fail to take a hill. You have no answer that anybody in Moscow would accept.
    - else:
        ~ change_stalin(5)
        ~ change_supply(-15)
        ~ add_cas_sov(1)
        You put the tanks in front. It looks like decision and sounds like it in the telegrams: the mechanised brigade breaking the Japanese line, the infantry following in its tracks.

        On the ground, it is a lesson written in steel. The T-26s bog in the marsh and on the lake shore, come up the slopes in twos and threes, and meet Japanese anti-tank guns that have had days to choose their places. The infantry, which was supposed to follow, is pinned behind them by machine guns nobody has suppressed. The artillery is firing at maps rather than at targets.

        By the sixth, about ninety tanks have been knocked out or wrecked in the marsh. The crest is partly yours. You made a good story for the telegrams and you paid for it in machines that the Front will not get back this year.

        Reshetov reads the tank returns aloud and stops halfway. You tell him to finish.
    }

- {blucher_denounced: Once, passing the marshal's tent at night, you hear him dictating a report. He uses your name twice, both times correctly, both times without warmth.|Once, passing the marshal's tent at night, you see him sitting alone at the field table with the commission's map open in front of him, not reading it.}
-> sh_05_trade_or_take

=== sh_05_trade_or_take
-> checkpoint("chapter") ->
# chapter: SH-5 Trade or Take
# date: 7–10 August 1938
# place: Posyet sector
# map: khasan
# music: council
# sfx: telegraph
On the seventh of August the telegraph in the corps dugout by the lake does not stop chattering for a whole day.
{ tl == "S0":
    That morning a telegram from Moscow arrives marked for the marshal and for you. The Japanese ambassador has called at Narkomindel with an offer.

    Japan will withdraw from Zaozyornaya and Bezymyannaya in stages, and return the border to where Moscow says it is. In exchange, the Soviet Union will stop sending aircraft, pilots and guns to Chiang Kai-shek.

    You read it twice. It is the neatest thing you have seen since you arrived. The Japanese have taken a hill, dug in before a real army could reach it, and now they are offering to sell it back for the one thing they cannot win in China by fighting: the end of the Soviet bombers over Wuhan.

    # codex: nomonhan
    # codex: khalkhin_gol
    The second telegram is stranger. On the first of August, while you were fighting for the heights, units of the Kwantung Army crossed into Mongolia near a place called Nomonhan, east of the Khalkhin Gol. They seem to have expected an empty steppe. Lyushkov knew the Far Eastern Front's order of battle; he knew much less about the Trans-Baikal, which answers for Mongolia. The Japanese walked into a full rifle division and two cavalry regiments. Since then they have held on to a corner of the grassland and run short of shells.

    Moscow, you are told, sees an opportunity. Trans-Baikal is in better shape than your Front, and out there the railway favours the Red Army. Stalin wants the assessment of the commander who has been fighting the Japanese all week. That means you.

    {supply < 15: The supply officers bring you the state of the Front's stocks with their eyes on the floor. Much of the region's ammunition has been fired into the hills around the lake.|The supply officers bring you the state of the Front's stocks. It is not good, but it is not yet ruin.} {cas_sov >= 2: Your own casualty returns sit beside the telegrams. You know them by heart.|}
- else:
    By now the corps holds most of Zaozyornaya, {cas_sov >= 2.5: at a cost the hospitals can barely count,|}and the Japanese hold the rest: a fringe of trenches on the far slopes, part of Bezymyannaya, and the guns across the Tumen. Every night they counter-attack. Every morning your companies are a little thinner.

    In Moscow, the Japanese ambassador is at Narkomindel asking for a ceasefire. The diplomats want to know where the line will be when the guns stop. The Commissariat wants to know the same thing, for other reasons. Stalin, Voroshilov tells you on the line, wants the assessment of the commander on the spot.

    You know this is the real question. Not how to take a hill, but how much of a hill is a victory, and who will be asked to explain the price.

    {supply < 15: The supply returns are ugly: shells counted by the hundred now, fuel by the barrel. Whatever you recommend, the corps has perhaps one more real attack in it.|The supply returns are poor but not desperate. The corps can attack again.}
}
* { tl == "S0" } [Recommend the trade: the hill back, and an end to aid for China.]
    ~ change_diplo(10)
    ~ change_stalin(-10)
    ~ change_nkvd(15)
    ~ aid_cut = true
    You write what a staff officer should write, and what a Bolshevik in August 1938 should perhaps not. The heights cannot be retaken without an army and a month. The Front's shells are spent. The Japanese are offering a way out that costs the Red Army nothing more, and costs only China.

    You know what it costs China. Soviet pilots are flying from Wuhan this summer under Chinese colours, and more than a million Chinese soldiers are fighting for that city. Without the aircraft and the credits, Chiang's war will be longer and harder, and many more people will die in it than on two hills above a lake. You write it anyway, because your duty is this border, and you put a sentence at the end saying so.

    Moscow takes the offer. The talks are long, and in the end they are a kind of bargaining nobody will ever print: the heights in stages, the aid ended quietly. Narkomindel is relieved. Abroad, the settlement is read as good sense.

    In the Commissariat, and in the building on Lubyanka, the word for your recommendation is defeatism. It goes into your file in those letters.

* { tl == "S0" } [Hold at Khasan, and strike the Kwantung Army at Nomonhan instead.]
    ~ change_stalin(15)
    ~ change_supply(-20)
    ~ nomonhan_1938 = true
    You write that the Japanese at Khasan are strong only because the ground is strong. They have one good position and one good railway, and you have one road and a marsh. Throwing more men at them here is what they want.

    In Mongolia it is the other way round. There the Kwantung Army is out on open grassland, hundreds of kilometres from its railheads, and the Trans-Baikal has men in front of it already. Hold the line at the lake, contain the heights, and beat the Japanese where the ground and the railway are ours. Let Tokyo learn at Nomonhan what it thinks it learned here.

    Stalin likes it. Within two days the orders come down. Every free lorry in the Far Eastern, Trans-Baikal and Central Asian districts is requisitioned for the Mongolian front. Your own divisions at the lake are stripped of transport and left to hold their trenches on horses and hand carts. {supply < 10: You watch the last of the Front's lorries drive north in a column that takes an hour to pass, and you wonder what you will feed the men at the lake on in October.|You watch the Front's lorries drive north in columns and wonder how much of what you have left will come back.}

    On the tenth, word comes through the intelligence channels that Tokyo has halted its air force's offensive operations. The Japanese are nervous. Moscow is not. The war has moved, and your name is on the move.

* { tl != "S0" } [Take the crest completely, then agree to the ceasefire.]
    ~ change_stalin(5)
    ~ change_diplo(5)
    ~ add_cas_sov(2)
    You tell Moscow what it wants to hear in the form it wants to hear it: the Red Army will hold the whole of the heights before the guns stop. Then, and only then, talk.

    It costs you three more days of fighting on slopes your men already know too well. The Japanese fight for every trench. The 32nd and 40th Divisions take them one at a time, and the lists of dead and wounded lengthen each night. By the tenth, the crest of Zaozyornaya and most of Bezymyannaya are in Soviet hands.

    On the tenth the ceasefire is agreed in Moscow, to take effect at noon on the eleventh. The border is to run along the Tumen side of the hills. The Japanese withdraw. In the newspapers it is a great victory of Soviet arms.

    In the returns it is something else: about eight hundred killed and missing, more than three thousand wounded and sick, for a Japanese enemy who lost perhaps a third as many. You sign the totals. You know someone in Moscow will read them more carefully than the newspapers.

* { tl != "S0" } [Advise a ceasefire now, on the line the corps holds.]
    ~ change_stalin(-5)
    ~ change_diplo(10)
    ~ add_cas_sov(1)
    You tell Moscow the truth as you see it. The corps holds the summit. The rest is a few hundred metres of slope that will cost a thousand men to take and will not change the map. The Japanese want to stop. Stop.

    The diplomats are grateful. A ceasefire on the tenth, effective the eleventh, on a line that gives the Soviet side the crest and leaves the details to a commission. The Japanese go home, and some hundreds of your men who would have died on those slopes go home too.

    In the Commissariat it reads differently. A victorious commander asking to stop while the enemy is still on the hill: that is not how the Party likes its victories. Voroshilov's voice on the line is cool. He says your view will be taken into account.

    You have saved men. You have not saved yourself anything.

* { tl != "S0" } [Ask for two more days to clear the whole ridge and silence the guns across the Tumen.]
    ~ change_stalin(10)
    ~ change_diplo(-5)
    ~ change_north(-5)
    ~ add_cas_sov(3)
    You ask for more, not less. Clear every Japanese soldier off the ridge and knock out the batteries on the far bank, so that Tokyo learns the price of testing the Red Army.

    Moscow gives you the ridge and refuses you the river: not one shell into Korea, not one man across the Tumen. Stalin wants a lesson, not a war. Narkomindel, which has been trying to end this since the seventh, has to explain the delay to the Japanese ambassador.

    So you clear the ridge the hard way. Two more days of attacks up ground already soaked with your men's blood. When the ceasefire comes into force at noon on the eleventh, there is not a living Japanese soldier on either height, and the lists of your own dead are long enough that Reshetov stops reading them aloud.

    In Tokyo, the army officers who said the Red Army was hollow have less to say this month. In Moscow, you are a hard man, which this year is the best thing to be called.

- {nomonhan_1938: The guns at the lake fall quiet, though nobody has signed anything.|The guns stop.} On the hills above Lake Khasan, burial details work in the heat with lime and shovels. {changkufeng_held: The Japanese are still on Zaozyornaya, dug in and watching you bury your dead.|From the crest you can see the Tumen, and across it the Korean villages where the smoke has not quite cleared.}
-> sh_06_postmortem

=== sh_06_postmortem
-> checkpoint("chapter") ->
~ mark_meters()
~ change_supply(10)
~ change_nkvd(5)
{ cas_sov >= 3.5 || changkufeng_held:
    ~ change_stalin(-10)
- else:
    ~ change_stalin(-5)
}
{ sh_staff_line == "halt":
    ~ change_nkvd(5)
}
# chapter: SH-6 The Post-mortem
# date: late August – November 1938
# place: Moscow
# map: moscow
# music: council
# sfx: train
# codex: main_military_council
In the third week of August you are called to Moscow, to the Main Military Council, to explain Khasan. It sits in the last days of August, and its order on the Front is not signed until the fourth of September.

The train takes nine days again. This time you do not think about Spain. You think about the returns you signed by the lake, and about the men at the long table who will read them, and about which of the numbers they will choose to see.

The council sits in the Defence Commissariat, under portraits. Voroshilov is in the chair. Stalin is not always in the room, and is always in the room. Blyukher sits halfway down the table, in his marshal's uniform, with the face of a man at his own funeral who has been asked to say a few words.

{ tl == "S0":
    {aid_cut: The hills above Lake Khasan are being handed back in stages, and the price of them is being paid in China. Nobody at this table will say so. They talk about the battle as if it had been won.|The Japanese are still on Zaozyornaya. Every man at this table knows it, and nobody says it twice.} Mekhlis's report lists over a hundred tanks and aircraft lost and nearly fifteen hundred dead for a hill the Red Army could not retake. {nomonhan_1938: Meanwhile the lorries of three military districts are on the roads to Mongolia, and half the men in this room are already thinking about the next battle, which they hope will be someone else's.|}
- else:
    Mekhlis's report is thick. The Red Army has won: the Japanese have gone back across the line, and the newspapers have had their flag on the crest. But the figures tell another story. {cas_sov >= 4.5: Nearly five thousand killed, missing and wounded,|About four thousand killed, missing and wounded,} against a Japanese force a third the size, without tanks and without aircraft. Ninety-odd tanks knocked out or wrecked. Guns firing at maps. Infantry that did not know how to follow armour, and armour that went where infantry could not.
}

The discussion goes on for days. Commanders are called, one after another, to explain their share. The word everyone is waiting for is not "lessons". It is "responsibility".
~ tell_changes("Before your turn comes, the minutes have already given the Front its new lorries, and given you a mark of your own.")

When your turn comes, Voroshilov looks at you, not unkindly, as a patron looks at a protégé he may have to give up. {blucher_denounced: On the table in front of Mekhlis is a folder with a red string. You know what is in it, because you wrote it in June.|{sh_staff_line == "halt": On the table in front of Mekhlis is a single sheet you recognise from across the room: a copy of your letter to Voroshilov, asking for officers to be spared.|{sh_staff_line == "names": On the table in front of Mekhlis is a list you recognise. Eleven of the names on it are yours.|On the table in front of Mekhlis is a folder with your name on it. It is thinner than some and thicker than you would like.}}}

The council wants to know {changkufeng_held: why the Red Army could not take back a single hill|why the victory cost so much}. You are the chief of staff and you commanded the corps. You can give them a man, a machine, or a marshal.

* [Blame Blyukher. Say that the marshal's conduct of the Front was the cause.]
    ~ change_stalin(10)
    ~ change_nkvd(-10)
    ~ change_supply(-5)
    ~ blucher_denounced = true
    You stand up and say it.

    You say that the Front was commanded without Bolshevik firmness. That the marshal delayed, questioned the Party's line on the border, sent his own commission to doubt the border guards, and hesitated when Moscow ordered him to strike. That the staff was disorganised because the commander tolerated disorganisation. You say it in order, without heat, as if reading a fault report on an engine.

    {sh_staff_line == "reports": It is easy, because you have said most of it before, in writing, at night, in June. Mekhlis opens the red-string folder and reads a sentence of yours aloud. It fits what you have just said so exactly that two generals at the far end of the table look up at you, and then look away.|It is not easy. You did not write against him in June, and you feel every sentence leave your mouth like something you will not be able to get back.}

    Blyukher does not interrupt. When you have finished he looks at you, once, down the length of the table. Then he looks at the portrait on the wall behind you, and you understand that he is not looking at the portrait.

    The council's resolution follows your words closely. Voroshilov thanks you afterwards, briefly, in the corridor. Your name is spoken in the right rooms in the right tone. You have never been safer in your life, and you have never felt less clean.

    The resolution has an annex, and the annex is where the price is. If the marshal was the cause, then the marshal's men were his instruments: the operations officers who knew the ground at the lake, the chief of the Front's rear, the two colonels who wrote the winter training plan. Their postings are cancelled by order of the Personnel Directorate before the week is out, and the training plan goes back into a safe unread, because its authors are now a question. The lessons of Khasan leave the Front with the people who learned them.

* [Blame the system: artillery, unsupported tanks, weak tactical training.]
    ~ change_supply(10)
    ~ change_nkvd(10)
    You give them the lessons, not the culprit.

    The artillery did not know where the infantry was, because there was no telephone net worth the name and no officer who had been trained to build one. The tanks went ahead alone because the doctrine says armour breaks through, and nobody had taught the infantry to follow it or the gunners to kill the anti-tank guns that waited for it. The battalions could not move by night or dig by day. None of it, you say, was one man's fault. All of it can be fixed by the spring, if the Front is given officers, shells, radios and time to train.

    It is the best report you have ever given, and the worst-timed. In this room, in this year, "the system" is a phrase with dangerous edges. The system is the Party's army. A man who blames the system had better be very sure nobody hears it as a complaint about the people who built it.

    Voroshilov takes your proposals and, to your surprise, adopts a good many of them: training programmes, new artillery instructions, radios for the divisions. Someone else's name will go on the orders. Mekhlis asks that your remarks be entered in the minutes in full, not in summary, and the secretary of the council notes the request, with the time, above your paragraph.

    {sh_staff_line == "halt": In the corridor afterwards, a quiet colonel from the Special Department asks you whether you still feel that officers are being removed too quickly. He smiles when he asks it. He has your letter in his head.|In the corridor afterwards, nobody quite meets your eye.}

* [Defend Blyukher. Say that the marshal was right about the line and right to be cautious.]
    ~ change_stalin(-15)
    ~ change_nkvd(25)
    ~ change_diplo(10)
    You do the thing that nobody in the room expects, least of all you.

    You say that the marshal's commission found the border guards on the wrong side of the crest, and that the commission was right. You say that he warned about the cloud and the villages, and that he was right about that as well. You say that the Front fought with the staff it had left, and that the staff it had left was not the marshal's doing. You do not say whose doing it was. Every man at the table can count the empty chairs.

    {blucher_denounced: Mekhlis opens the red-string folder, and reads aloud, slowly, a paragraph you wrote in June. Then he asks you which of your two opinions the council should believe. There is no answer to that question, and everyone in the room knows it.|The silence after you sit down has a texture you will remember for the rest of your life, however long that is.}

    Blyukher does not thank you. He looks at you as if you were a man standing on a railway line, and shakes his head very slightly, once.

    Voroshilov closes the session early. In the corridor he walks past you without stopping. That night, in the hotel, you lie awake listening for the lift.

    The lift that comes in the morning brings a young man from the People's Commissariat of Foreign Affairs, not the NKVD. He has a typed request from the Commissariat's Far Eastern department: a certified copy of your statement on the border commission, for the file of the demarcation talks with the Japanese. A line that a Soviet corps commander has said, on the record, was drawn honestly is a line the diplomats can defend in public. You certify the copy, sign each page, and enter it in your own register of outgoing papers. It is the only document of that month that anyone thanks you for.

* [Blame the enemies already unmasked: Lyushkov's network and the officers arrested before Khasan.]
    ~ change_stalin(5)
    ~ change_nkvd(-15)
    ~ change_supply(-10)
    You give the council the answer it is most comfortable with, and the one that costs you least: traitors.

    Lyushkov sold the Front's plans to the Japanese. The enemies of the people who sat in the Front's staff until the spring left it unready, sabotaged training, hid the shortages of shells and radios. The Front fought well in spite of them, and will fight better now they are gone. You do not mention the marshal at all. You do not need to mention anyone who is still alive.

    It works. Mekhlis nods. Voroshilov looks relieved that the afternoon can move on. The resolution speaks of wreckers and spies and of the vigilance of the Front's command, and your name is in the right paragraph. The representative of the NKVD at the council asks for your words to be extracted for his own report: a chief of staff who confirms the organs' findings from the field is worth more to them than a dozen confessions. Of the four answers you could have given, it is the one that makes them your witnesses.

    It costs the men who cannot answer: the arrested, the shot, the ones whose wives will now not get a letter. And it costs the Front the lessons. If the failures were treason, then the training, the artillery and the radios need not change. Next time the guns will fire at maps again, and some new chief of staff will blame some new traitors.

- The council ends. The Far Eastern Front is abolished and split in two. Its southern half, Primorye and the Khasan sector, becomes the 1st Separate Red Banner Army, and the order appointing its commander has your name on it.
# codex: 1st_separate_red_banner_army

Blyukher is removed from command. He is told to rest.

{ nomonhan_1938:
    # music: elegy
    You go east again on the fifth of September, the day after the order is signed, with the Mongolian plans in your case and the promise of an army behind them. The train is for Chita this time, not Khabarovsk, and it takes eight days. Somewhere on the line, between one station and the next, you let yourself think about the marshal for an hour, and then you make yourself stop.

    # codex: lefortovo
    You will be a long way from Moscow when it happens. In October, when the grass at Nomonhan is brown, the NKVD will come for him. They will take him to Lefortovo prison, and they will question him there the way they question everyone. On the ninth of November 1938 he will die in his cell, under interrogation, without a trial. In March they will sentence him anyway, a dead man condemned for the record. His family will be arrested; some of them will be shot.

    {blucher_denounced: Your words will be in his file. Whatever else they did to him in Lefortovo, they read him what you said.|Your words will not be in his file. It is a small thing to carry into the steppe. You carry it anyway.}
- else:
    # music: elegy
    You go east again to take up your army. In Primorye the autumn comes in off the sea, grey and cold, and you throw yourself into the work: training programmes, artillery schools, roads into the Posyet sector. {supply >= 30: This time the shells and radios arrive.|The shells and radios you asked for arrive slowly, and some of them not at all.}

    # codex: lefortovo
    In October the NKVD come for Blyukher. You learn of it from an officer who says it in a low voice, as if the news itself could be arrested. He is taken to Lefortovo prison in Moscow. Nobody at your headquarters says his name again that autumn, though everyone is thinking it.

    On the ninth of November 1938, under interrogation, Marshal Vasily Blyukher dies in Lefortovo. There is no trial. In March they will sentence him anyway, a dead man condemned for the record. His family will be arrested; some of them will be shot.

    {blucher_denounced: You read the news in a typed summary, alone in your office. Your words were in his file. Whatever else they did to him in that building, they read him what you said. You sit for a long time with the summary in front of you, and then you sign the morning orders, because the army must have its morning orders.|You read the news in a typed summary, alone in your office. Your words were not in his file. That will not save you, if they ever decide to come. It is still the only thing about this year you would not change.}
}

{ nomonhan_1938:
    {nkvd >= 60: Reshetov, who has come east with you, tells you on the train that your old files have been requested from Khabarovsk. He says it while looking out of the window. You thank him and tell him to get some sleep. You do not sleep yourself.|Moscow's telegrams follow you down the line, warm and urgent. The Mongolian plan is yours now in everything but name, and everyone who matters knows it. You have learned this year what it means when everyone who matters knows your name.}

    You are thirty-eight. You have fought the Japanese once, on ground they chose, and lost a hill. The next fight is on ground Moscow chose for you: open grass east of the Khalkhin Gol, a long way from any railway but yours. The lorries are already on the road. So, you suspect, is somebody's report about you.
- else:
    { nkvd >= 60:
        Reshetov, who has followed you to the new army, tells you one evening that your old files have been requested from Khabarovsk. He says it while looking at the stove. You thank him and tell him to go home. You do not go home yourself for some hours.
    - else:
        {stalin >= 70: Moscow's telegrams to your headquarters are warm that winter. In the corridors, people stand a little straighter when you pass, and speak of Khasan as a victory in the voice people use for things that must not be questioned.|The winter closes in. The border is quiet. You have an army, a hill that cost thousands of men, and a marshal's empty chair to remember them by.}
    }

    You are thirty-eight. You have fought the Japanese once and kept your head. Across the line, in Hsinking, there are men who have studied every hour of Khasan and drawn their own conclusions about the Red Army. The next test, you think, will not come at a lake. It will come somewhere with more room.
}
~ sh_staff_line = ""
~ sh_forward_40th = false
-> checkpoint("act1") ->
-> shtern_act2
