// ─────────────────────────────────────────────────────────────────────────────
// Kwantung Army staff officer — Act I (June 1937 – November 1938)
// Major Kurosawa Eiji, a fictional composite, operations section, Hsinking.
// Decisions: KW-1 Kanchazu, KW-2 The Defector's Files, KW-3 Changkufeng,
// KW-4 Our Own Glory (S0 only). Exit: checkpoint("act1") -> kwantung_act2.
//
// S0 gate (story bible §3.2): KW-3 B is always offered; it opens S0 only when
// lyushkov_value == "high" (KW-2 A) and north >= 60. Otherwise Tokyo shelves
// the plan and the scene falls into the historical line.
// One new VAR, kw_clique_blocked (declared below).
// ─────────────────────────────────────────────────────────────────────────────

// Set by KW-4 B (kw_04_own_glory); read in the trade that follows, in Act II
// (KW-6s, KW-8s) and by KW-E6, so it lives to the end of the campaign.
VAR kw_clique_blocked = false

=== kwantung_start
~ setup_kwantung()
~ figure_endings = -> kw_go_ending
# date: June 1937
# place: Hsinking
# map: manchuria
# music: title
# codex: hsinking
The capital was laid out with a ruler. Avenues wide enough for a parade of tanks, ministries with tiled roofs, young trees in wire cages, and the dust of the plain blowing through all of it. Five years ago there was a railway town here. Now there is Hsinking, and the Army built it.

# codex: kwantung_army
You work in the headquarters of the Kwantung Army, under its castle roof, on the floor where the operations section keeps its maps. You are Major Kurosawa Eiji, thirty-seven, War College, the little silver coin of the graduates pinned above your pocket. You were a captain in 1931, when a handful of colonels in this army blew a length of railway at Mukden, took a province, and then a country, and let Tokyo catch up afterwards.

Tokyo caught up. That is the lesson every officer on this floor learned before he learned anything else. The men who acted were promoted. The men who waited for orders were posted to Formosa.

# codex: gekokujo
The old word for it is gekokujō: the lower overthrowing the upper. Nobody on this floor uses the word. They talk instead about sincerity, about the spirit of the Army, about ministers who count coins while the Russians pour concrete along the Amur. But the word is in the air of the room, like the smell of the coal stove.

# codex: tsuji
At the next desk sits Tsuji Masanobu. He does not drink, he barely sleeps, and he writes memoranda faster than the typists can copy them. He talks of purity as other men talk of money. Juniors follow him down corridors. Seniors find themselves agreeing with him and cannot say afterwards when they decided to.

You do not like him. You are not sure liking is the point. He is the kind of officer this army rewards, and he knows it.

# codex: ueda
Above you all is General Ueda Kenkichi, the commander, who signs what the staff puts in front of him with the air of a man who has read it. Between him and you stands the chief of staff and a long chain of colonels. You have learned which links in the chain are strong and which ones bend.

# codex: strike_north
On the wall map the Soviet Far East is a red crescent wrapped around Manchukuo from Lake Baikal to the sea. Somewhere in the files is a study that takes the whole crescent in a single campaign. Everyone on the floor has read it. Strike north: the Army's old dream, older than you are, born when your father's generation came home from the war of 1905 with half of Sakhalin and a grudge.

You believe in it. You believe the Russians are rotten inside, that their commissars are shooting their own generals, that one hard blow would bring the whole red crescent down. You believe Tokyo is afraid of its own shadow.

This June, the Amur will give you a chance to find out who is right.

-> kw_01_kanchazu

// ─────────────────────────────────────────────────────────────────────────────
=== kw_01_kanchazu
-> checkpoint("chapter") ->
# chapter: KW-1 Kanchazu
# date: June 1937
# place: Hsinking
# map: far_east
# music: tension
# sfx: telegraph
# codex: kanchazu
The first telegram arrives at night. Soviet border troops have landed on the islands in the Amur below Blagoveshchensk, the sandbars the maps call Kanchazu, which the treaty charts give to Manchukuo if you read them one way and to the Soviet Union if you read them another.

# codex: blagoveshchensk
They have put men ashore with rifles and a few machine guns. They have chased off the Manchukuo river guards and the fishermen who camp there in summer. Soviet gunboats sit in the channel with their guns uncovered.

By morning the operations section is a furnace. Tsuji is on the telephone to the division on the south bank. Captain Hayama, who is young enough to still believe everything he is told, has drawn the islands on a sheet of butcher's paper and is marking them with red crayon as if they were already taken.

# codex: harbin
You read the intelligence summaries twice. The Soviet Far Eastern army is being bled white by its own secret police. Corps commanders are vanishing. Whole staffs have been arrested. A regiment without its colonel, a division without its chief of staff: these are not rumours, they are names on lists that the special services in Harbin compile every week.

The guns on the south bank are moved up. The artillerymen report that they can put shells into the channel whenever Hsinking gives the word.

Then Tokyo speaks.

The General Staff's reply comes in the dry language of men who have never smelt the river. The matter is to be settled by diplomacy. The Kwantung Army will not cross. It will not escalate. It will report.

Tsuji reads it standing up and walks out of the room without a word. You hear a door slam somewhere along the corridor. Hayama looks at you as if you were the senior officer present. You are.

"Major," he says. "Do we obey that?"

For a week the two banks watch each other. On the last day of the month there is firing on the river: guns on the Manchukuo side hit the Soviet gunboats, and one of them goes down in the channel with its crew. You wait for Moscow's answer with your hand on the telephone, half hoping for war.

Moscow does not answer with guns. The Soviet foreign commissariat agrees in early July to a mutual withdrawal. A few days after that, Manchukuo troops row back onto the islands. The Soviets do nothing at all.

The red crescent on the wall has not moved an inch. But something in the room has.

* [Lobby hard to take the islands anyway: Tokyo must not be allowed to lose this by talking.]
    ~ change_leash(-10)
    ~ change_north(10)
    You write all night. By dawn there is a memorandum on the chief of staff's desk under your seal and three others: the islands can be taken in a morning, the Soviets will not fight, and every day of talk in Moscow teaches the Russians that Japan can be talked to. You write of the Army's seishin, which is not a thing that waits for diplomats, and of the Imperial will, which you are certain cannot be to hand sandbars back to a commissar.

    It goes to Tokyo with a covering note that is almost polite. What comes back is a receipt, stamped and dated: the memorandum has been received. At Miyakezaka that is the whole of an answer, and every officer on this floor knows how to read it.

    When the Soviets back down a week later, you do not feel vindicated. You feel robbed. The islands came back without a shot from the Kwantung Army. The credit goes to a diplomat in Moscow whose name you have never learned.

    Tsuji stops you in the corridor that evening. He says, in his quiet, intense way, that there are officers in this army who understand the spirit of the thing, and that he has noticed you are one of them. It is meant as a compliment. You take it as one. Later you will wonder what it cost.

    In Tokyo someone opens a file on the operations section of the Kwantung Army, and puts your name in it.

* [Accept the restraint. The islands are sandbars; the war, when it comes, must come on our terms and with Tokyo behind it.]
    ~ change_leash(10)
    ~ change_north(-5)
    You tell Hayama to take down his butcher's paper. You draft the reply to Tokyo yourself: the Kwantung Army acknowledges its orders, holds its positions, and reports.

    It is not a popular draft. A colonel two doors down asks whether you have been taking lessons from the Foreign Ministry. Tsuji does not speak to you for three days, which on this floor is a kind of sentence.

    Then the Soviets back down, and the islands come back without a Japanese soldier crossing the water. You do not say that you were right. You do not have to. The chief of staff initials your draft and sends it on, and a month later a letter from a classmate in the General Staff mentions, in passing, that Hsinking apparently still has one or two officers who can read an order.

    You put the letter in your desk. You tell nobody about it. In this building, Tokyo's good opinion is a thing you keep in a drawer.

    The price is paid on the wall. Hayama's butcher's paper comes down, and with it the study that takes the red crescent in one campaign goes back into its file. For the rest of the summer nobody on the floor asks for it, and an army that stops asking for the north, Tsuji says in the mess, has begun to forget what it is for.

* [Draw the lesson: the Red Army is hollow. They had the guns and the gunboats, and they ran.]
    ~ change_north(15)
    ~ change_leash(-5)
    ~ underestimate = true
    You say it first in the staff meeting and then in writing, and after that everyone is saying it. The Soviets had men on the islands and gunboats in the channel. They lost a boat and did not fire back. They signed an agreement, watched Manchukuo reoccupy the islands, and did nothing.

    A rotten house, you write, needs only a kick at the door.

    The phrase goes round the floor. Hayama copies it into his notebook. Tsuji, who agrees with the sentiment but not with anyone else having said it first, rewrites it into a longer paper about the spiritual collapse of the Bolshevik officer corps. Tokyo reads both papers and files them, but the idea gets out of the files and into the mess, and from the mess into the divisions.

    By autumn every lieutenant in Manchuria knows that the Russians will not fight. You were the one who taught them.

    The General Staff's Russia section, which wrote its own careful estimate of the Soviet Far Eastern army, returns your paper with a covering note from a colonel: the Kwantung Army's views on the spiritual condition of the enemy have been received. The note is four lines long and every one of them is about Hsinking's habit of knowing better than Tokyo.

- The river freezes in November, as it does every year. The islands disappear under the ice, and with them the argument about whose they are.

-> kw_01b_china

// ─────────────────────────────────────────────────────────────────────────────
=== kw_01b_china
# date: July 1937 – May 1938
# place: Hsinking
# map: china
# music: none
# codex: marco_polo_bridge
A week after the islands, a company of the China Garrison Army exchanges shots with Chinese troops at the Marco Polo Bridge outside Peking. By the end of July it is a war. By the end of the year it is the largest war Japan has ever fought, and it is not in the north.

The operations section watches it with the feelings of a man whose younger brother has been given the family sword. Divisions that were meant for the Russians entrain for the south. Aircraft follow. Shells follow. The Kwantung Army sends a column of its own into Chahar, and for a few months the staff is too busy to talk about the Amur.

In December Nanking falls. Officers passing through Hsinking on their way home say very little about it, and what they do say they say late at night, with the doors closed, and you find you do not want to hear the rest. An army that does such things to a city is not the army you joined. You tell yourself it is not the army at all, only some of its men. You tell yourself this more than once.

# codex: chiang
Chiang Kai-shek does not surrender. He moves his capital up the Yangtze. The Soviets sign a pact with him, and soon Soviet aircraft with Chinese roundels are fighting over the rivers, flown, the reports say, by men who do not speak Chinese.

You mark it on the map in red crayon: the Soviet Union already at war with Japan, by proxy, in China. Tokyo does not want to see it. Tokyo wants the China affair finished by spring.

Spring comes. The China affair is not finished. From the other side of the border, the special services report that the purge has reached the Soviet Far East in earnest. Lists of names arrive from Harbin each week, longer each week: commanders, commissars, staff officers, gone.

{underestimate:
    Every list confirms your paper. You read them with a satisfaction you do not examine.
- else:
    You read the lists slowly. An army that shoots its officers is weak. It is also, you cannot help noticing, an army that is still there afterwards.
}

Your brother Shūji writes from Ranam in northern Korea, where he is a lieutenant of infantry in the Korea Army's 19th Division. He writes about cold barracks, about hill exercises, about a girl in the town whose name he will not tell you. He asks whether it is true that the Kwantung Army thinks the Korea Army is a garrison of clerks. You write back that it is true, and that he should transfer. He does not.

-> kw_02_defector

=== kw_02_defector
-> checkpoint("chapter") ->
# chapter: KW-2 The Defector's Files
# date: 13 June – 13 July 1938
# place: Hunchun
# map: manchuria
# music: tension
# sfx: telephone
# codex: hunchun
The telephone rings before five in the morning on 13 June. A Soviet officer has walked across the border near Hunchun, in the hills where Manchukuo, Korea and the Soviet Union fold into one another. He came out of the fog in uniform, with a pistol he handed over at once, and a briefcase he would not let go of.

# codex: lyushkov
He says his name is Genrikh Lyushkov. He says he is the chief of the NKVD for the whole Soviet Far East.

The duty officer in Hunchun thought at first that it was a joke, then a provocation. By the time the news reaches Hsinking, the special services are already sure it is neither. The man's papers are real. His decorations are real. His fear, the officer on the telephone says, is the most real thing about him.

You are on the night train to the Korean border within the hour. {leash >= 0: The chief of staff chose you, you suspect, because Tokyo will not object to your name. | The chief of staff chose you, you suspect, because someone must hold Hsinking's place at the table before Tokyo takes the whole man for itself.}

You see him for twenty minutes in a whitewashed room at the border post. A soft, heavy man of about forty, shaved that morning, in a tunic with the insignia removed. He smokes your cigarettes one after another and answers through an interpreter in long, exact sentences, like a man dictating a report.

He is not a hero and he does not pretend to be. He left, he says, because the lists had reached his own name. Before that he wrote lists of his own. The arrests across the Soviet Far East, the shootings, the Koreans loaded onto trains and carried off to Central Asia: he ran all of it. He says this as a clerk says that he kept the books.

You find you cannot look at his hands while he talks.

Then the General Staff takes him. He is driven south into Korea and shipped to Tokyo under guard, and the Kwantung Army is left with a typed summary and a promise of more. You read the summary on the train back to Hsinking.

# codex: vladivostok
It is everything you ever wanted to know. The order of battle of the Far Eastern army, division by division. Which commanders are under arrest, which are waiting to be, which staffs no longer function. How many aircraft actually fly. How thin the line is on the Posyet sector south of Vladivostok, where the Soviet border runs down to the sea beside Korea, with one dirt road behind it and no railhead.

{underestimate:
    Every page proves you right. A rotten house: and here is the man who rotted it, with the floor plan in his briefcase.
- else:
    Every page says the Red Army in the Far East is sick. None of them, you notice, says it is small.
}

# date: 13 July 1938
# place: Tokyo
# map: far_east
# sfx: train
By July you are in Tokyo as the Kwantung Army's liaison, and on the 13th you stand at the back of a hired room full of reporters, watching Lyushkov read a prepared statement about Stalin's crimes. Flashbulbs go off. He looks older than he did in Hunchun. Within days Moscow announces that no such man exists, or that he is an impostor, or a common criminal; the line changes, which tells you it hurts.

In the evenings you take the tram home to your wife and daughter in Ushigome. Fumiko has cut her hair short and your daughter has learned to read, and both of them treat you with the slight formality owed to a visitor. You lie awake listening to the city, which does not know there is a border anywhere.

Upstairs at the General Staff, the files are being argued over. Everyone agrees they are a treasure. Nobody agrees what to spend it on.

* [Push Tokyo toward a limited strike by the Korea Army: take ground the defector shows us is weak, hold it, and trade it for an end to Soviet aid to China.]
    ~ change_north(15)
    ~ change_leash(5)
    ~ change_stalin(-5)
    ~ lyushkov_value = "high"
    You put it to a lieutenant colonel of the operations bureau over cold barley tea, and then to his chief, and then in writing. You do not ask for a war. You ask for a hill.

    The defector's files show the Posyet sector as the weakest point on the whole border: marsh, one road, no railway, an army whose commanders are being arrested by the week. A disputed height there can be taken in a night and held for weeks. The Soviets will have to bleed to take it back, or bargain. And what do we ask in the bargain? Not land. The aircraft in Chinese colours over the Yangtze.

    You watch the idea land. It is the Korea Army's ground, not the Kwantung Army's, and you see the relief in their faces when they understand that: the General Staff would rather hand a knife to a garrison it trusts than to the army that took Manchuria on its own. You swallow that. It is the price of being listened to.

    They ask for a design. They want it on paper before the end of July.

    On the train back to Hsinking you realise you have just done the most Kwantung thing imaginable, in the most un-Kwantung way: through channels.

    Channels leak. Moscow has ears in Tokyo, and within the week the Soviet military attaché is asking a Foreign Ministry acquaintance, far too casually, whether the Army takes any interest in the Posyet sector. Somebody in Moscow has begun to watch that hill.

* [Push for a Kwantung-led strike: the files show the whole crescent is rotten, and the army that knows it best should be the one to kick the door.]
    ~ change_north(10)
    ~ change_leash(-15)
    ~ lyushkov_value = "low"
    You do not dilute it. The files show a Soviet Far Eastern army without a head. Take the Ussuri railway, cut Vladivostok off, and the whole maritime province falls like ripe fruit. The Kwantung Army has the divisions, the plans and the will. All it lacks is permission.

    The General Staff hears you out with the patience of men who have been hearing Hsinking out for seven years. Then they remind you, gently, that most of the Army's divisions are in China and that the China affair is not finished. Then, less gently, they remind you whose army it is.

    A colonel takes you aside on the stairs and tells you that the Kwantung Army's enthusiasm is the single thing most likely to make the Emperor's government keep the defector's files in a safe. You thank him. You mean something else.

    Hsinking cables its approval of your conduct. Tokyo, you learn later, locks the files in the Russia section's strongroom, where the Kwantung Army's enthusiasm cannot reach them. The men who won Manchuria for the Emperor are to be kept from his own intelligence like children from the matches.

* [Use him for propaganda only. Let the world hear what Stalin does to his own officers; keep the files for the day we need them.]
    ~ change_diplo(5)
    ~ change_opinion(5)
    ~ change_stalin(-5)
    ~ lyushkov_value = "low"
    You help the Foreign Ministry men shape the press conference. The statement is sharpened; the questions are chosen; a translation for the foreign correspondents is ready the same evening. Lyushkov's account of the purge goes out on the wires to London and New York, and for a week the world talks about Stalin's terror instead of Japan's war in China.

    It is clever work. It is not the work you came into the Army to do.

    Moscow answers it in the only language it has for such things. The Soviet ambassador calls at the Foreign Ministry to protest a provocation staged by Japanese militarists with a criminal deserter, and the Foreign Ministry men read his note aloud to each other, pleased. You are less pleased. A man who has been made to look a fool before the whole world does not forget who held the lamp.

    The files themselves go into the General Staff's Russia section, where they will be read by careful men and quoted in careful papers. You suspect their value will leak away in that building like water from a cracked jar. Information keeps, the Russia section likes to say; the hills will still be there next year. You repeat it on the train to Hsinking, and it sounds more like Tokyo each time.

- {lyushkov_value == "high": You leave Tokyo on the sixteenth with a folder of maps of the Posyet sector and the feeling that you are holding something that could go off.| You leave Tokyo on the sixteenth with the sense that a great chance has been put in a drawer.}

-> kw_03_changkufeng

=== kw_03_changkufeng
-> checkpoint("chapter") ->
# chapter: KW-3 Changkufeng
# date: 17–28 July 1938
# place: Hsinking
# map: khasan
# music: tension
# sfx: radio
# codex: zaozyornaya
While you were in Tokyo, the border found its own hill.

# codex: tumen_river
# codex: rajin
On 6 July the section's cipher officer, Lieutenant Mizuno, broke a Soviet message out of the Posyet sector. A local commander was asking leave to occupy the heights west of Lake Khasan: the ridge that looks down on the Tumen, on the Korean railway along its bank, and on the port of Rajin beyond. Three days later Soviet border guards were on the crest of the hill the Japanese maps call Changkufeng, digging.

# codex: lake_khasan
# codex: posyet
Changkufeng. A bald cone about a hundred and fifty metres high, with Lake Khasan at its back and a second, lower hump to the north that the Russians call Bezymyannaya, the nameless one. Between the lake and the Soviet rear there is marsh, and one dirt road. You have seen that road before. You saw it in the defector's files.

# codex: korea_army
# codex: 19th_division
The hill is not in Manchukuo. Or it is; the treaty maps are from the last century and drawn for men on horseback. What matters in Hsinking is whose army answers for it, and the answer is not yours. The ground belongs to the Korea Army, and the Korea Army has sent the 19th Division up to the Tumen.

# codex: suetaka
The division is commanded by Lieutenant General Suetaka Kamezō, who does not need Hsinking to tell him what to do with his division, and is being told anyway. Your brother is in it. Somewhere on the Korean bank of the Tumen a lieutenant named Kurosawa Shūji is sleeping in a wet tent and looking up at a hill full of Russians.

On 15 July the chargé in Moscow demands that the Soviet guards leave the heights. Moscow refuses. On the 20th the Korea Army is told to prepare, and then, in the same breath, not to act yet. The orders from Tokyo change twice a day. The operations section in Hsinking changes its opinion of the Korea Army three times a day, each time for the worse.

"They have a division sitting under the hill," Hayama says, "and they're waiting for a telegram. If it were us, the hill would be ours by now."

It is not a question. On this floor, nothing is a question for long.

{lyushkov_value == "high":
    In your safe is the folder of Posyet maps you brought back from Tokyo, and a note from the General Staff's operations bureau asking for your design before the end of the month. It is the end of the month.
- else:
    The folder of Posyet maps you brought back from Tokyo is thin. The General Staff kept the best of the defector's papers for itself. What you have is enough to see the shape of the ground, and not much more.
}

{
- leash <= -20:
    Everyone expects you to lead the goading. You have a reputation now.
- leash >= 0:
    Some of the staff watch you to see whether you will stay out of it. You have a reputation now, and it is not the one the floor admires.
}

* (goad) [Goad the Korea Army and offer Kwantung help: if Suetaka will not take the hill, let him know who will.]
    ~ change_leash(-5)
    ~ change_north(5)
    You draft it so it reads as comradeship, in the language the Army uses between brothers who despise each other: sincerity, spirit, the honour of the Imperial forces. The Kwantung Army stands ready to assist. Its divisions along the eastern border are alert. Should the Korea Army find the task beyond its means, Hsinking would be honoured to share the burden.

    Every officer in Seoul who reads it understands exactly what it means. So does every officer in Tokyo.

    The replies are frosty, and then they are not replies at all, only a silence that goes on for days. But the telegrams between Seoul and the 19th Division grow shorter and sharper. Nobody in the Korea Army wants to be the general who waited while the Kwantung Army took his hill for him.

    In Tokyo, men who had forgotten the north for a year remember it; the General Staff asks Hsinking for its estimate of the Soviet strength behind the hill, and the section writes it in a night.

    That is what you wanted. You think of Shūji in his wet tent, and the satisfaction goes out of it.

    -> otl_outcome("goad")

* (design) [Design a bite-and-hold for the Korea Army: two divisions, dug in, massed artillery, a hill taken by night and held until Moscow bargains.]
    { lyushkov_value == "high" && north >= 60:
        -> s0_opens
    }
    ~ change_leash(-5)
    ~ change_diplo(10)
    You write it in three nights. Take both heights in one night attack. Dig in on the reverse slopes before dawn. Bring a second division up behind the first. Mass every gun the Korea Army owns on the Korean bank, registered on the one dirt road, so that the Soviets can only come across the marsh. Then sit, and let them bleed, and wait for Moscow to offer something.

    It is the best plan you have ever written. It goes to Tokyo and comes back in a week with a note from a colonel in the operations bureau.

    {lyushkov_value == "low":
        The General Staff does not share your reading of the Soviet position, the note says. The defector's material has been assessed by the Russia section with due caution. The government seeks a settlement of the local incident, not a fortified position on the Soviet border.
    - else:
        The note is polite and final. The government seeks a settlement of the local incident. Nobody in Tokyo is in a mood to think about the north.
    }

    The plan goes into a drawer. Without the defector's files sold high in Tokyo, and without an appetite there for the north, it was never more than paper. A second note follows the first, from the same colonel: the Kwantung Army is reminded that the Posyet sector is the Korea Army's responsibility. One more plan for another army's ground, Tokyo will remember, from Hsinking.

    Only one paragraph survives. A secretary of the Foreign Ministry's Europe-Asia bureau asks for a copy of the page on the price, the Soviet aircraft in China, because the diplomats want to know what Moscow might take for a hill.

    Hayama asks if you will send it to Seoul anyway. You do not. It would be read as one more Kwantung insult, and the Korea Army will do what it does without your help.

    -> otl_outcome("design")

* (keepout) [Keep the Kwantung Army out of it. This is Seoul's hill and Tokyo's quarrel; we will not be the ones who turn it into a war.]
    ~ change_leash(10)
    ~ change_north(-5)
    You kill two of Hayama's telegrams before they leave the building and argue down a third in front of the chief of staff. The Kwantung Army, you say, has the whole Soviet border to watch and no business lending advice to a sister army on ground that is not ours.

    Hayama calls it cowardice to your face and apologises an hour later, stiffly, because you are senior. The colonel two doors down bows to you in the corridor a fraction less deeply than he did yesterday, and by evening the whole section has measured the fraction.

    A signal comes down from Tokyo a few days later, addressed to the chief of staff and copied, unusually, to you: the General Staff notes the Kwantung Army's correct attitude in the present incident.

    You put it in the drawer with the others. Your drawer of Tokyo's good opinions is getting fuller. Your friends on this floor are getting fewer, and the floor's appetite for the north, which lives on quarrels, goes a fortnight without one of yours to feed it.

    -> otl_outcome("keepout")

= s0_opens
~ tl = "S0"
~ changkufeng_held = true
~ change_supply(-15)
~ change_diplo(5)
You write it in three nights. Take both heights in one night attack. Dig in on the reverse slopes before dawn. Bring a second division up behind the first. Mass every gun the Korea Army owns on the Korean bank, registered on the one dirt road, so that the Soviets can only come across the marsh. Then sit, and let them bleed, and wait for Moscow to offer something.

It goes to Tokyo on the 20th. It comes back on the 22nd with the General Staff's approval and a list of conditions, every one of which you could have written yourself. The Korea Army will carry it out, not the Kwantung Army. No aircraft will cross the border. The objective is the hill and only the hill. The price, when Moscow asks what it costs to have its hill back, will be the Soviet aircraft and advisers in China.

The shells are the hardest part. The Korea Army has nothing like enough for a siege, and the stocks you beg from the Kwantung Army's own depots leave holes in the eastern border you will have to explain in the spring. The chief of staff signs for them with a face like a closed door.

The defector's files are on every page of your plan. The one dirt road. The marsh. The commanders under arrest. The ammunition that was never sent to Posyet because the man who should have sent it had been shot.

In Seoul, they say, Suetaka read the plan and said nothing for a long time, and then asked who had written it. When he was told, he asked whether the Kwantung Army intended to fight this war with the Korea Army's men. Nobody answered him.

-> kw_03s_hold

= otl_outcome(how)
# date: 29 July – 11 August 1938
# place: Changkufeng
# map: khasan
# front: khasan_jul29
# music: battle
# sfx: artillery
# codex: bezymyannaya
On 29 July a first attack goes in against the lower hill, Bezymyannaya, and is thrown back. Hsinking hears of it by wire before Tokyo does, and the operations section reads the report aloud with open contempt.

# codex: sato_kotoku
Two nights later, on the 31st, the 19th Division does it properly. A night attack, no preliminary barrage, bayonets up the slopes in the dark. By dawn both heights are Japanese. Colonel Satō Kōtoku, whose regiment made the climb, stands on the crest of Changkufeng and looks down at Lake Khasan.

{
- how == "goad":
    Hayama pours sake for the whole floor and proposes a toast to the Korea Army's sudden discovery of its courage. Everyone understands who he means to thank. You drink, and you do not correct him.
- how == "design":
    They did it without your second division, without your massed guns, without your plan. One regiment on a bare hill and nothing behind it but the river. You read the report twice and feel cold.
- else:
    The floor drinks to it without you. Hayama makes a point of not filling your cup.
}

Then the Soviets come back.

Tokyo has forbidden the use of aircraft and any widening of the incident. The Korea Army has perhaps seven thousand men in the sector and thirty-odd guns, and no tanks, and nothing at all in the air. It is enough to hold a hill against border guards. It is not what comes up the dirt road.

# codex: 39th_rifle_corps
From the second of August the Soviet bombers come over in waves, dozens at a time, and drop on the crest and on the Korean villages behind it. The reports count more than two hundred aircraft over the sector on the worst days. Then the artillery. Then the tanks: light tanks, in numbers no one in Hsinking believed the Far Eastern army still had, three hundred and more, bogging in the marsh and burning under the anti-tank guns and coming on anyway. Intelligence puts a whole Soviet rifle corps against the heights, over twenty thousand men.

{underestimate:
    You read the reports in the order they come and wait for the rotten house to fall down. It does not fall down. It comes up the hill.
}

The men on the crest hold. They hold in shell holes and in trenches the bombs keep filling in, on rice balls and river water, with the wounded lying where they fell because there is no way down in daylight. Satō's men are still on part of the crest a week later. It is the bravest thing you have heard of in your life, and it is being done by the army your section calls a garrison of clerks.

# sfx: telegraph
Hsinking offers help again and again: divisions, guns, aircraft. Tokyo says no each time, in shorter and shorter words. The operations section rages at the General Staff, at the Korea Army, at the Foreign Ministry. {leash >= 0: You do not rage. You read the casualty returns. | You rage with them, because it is easier than reading the casualty returns.}

The returns come in by name. On the sixth you find your brother's. Kurosawa Shūji, lieutenant, wounded, shell fragments, evacuated across the Tumen. Alive. You sit very still for a minute, and then you go back to work, because there is nothing else to do with the minute.

On 10 August a ceasefire is agreed in Moscow. It comes into effect the next day. The 19th Division comes down off the hill its men died for; the Soviets go back up. The border stays where Moscow says it is.

Japanese losses: five hundred and twenty-six killed, nine hundred and thirteen wounded. The Soviets lost more, many more by every estimate that crosses your desk, and they still have the hill.

~ add_cas_jpn(1.4)
~ add_cas_sov(4)
~ change_north(-5)
~ change_leash(-5)

In the operations section the lesson is drawn in a day. The Korea Army was timid. Tokyo tied its hands. Had the Kwantung Army been given the task, with its own aircraft and its own guns, the Russians would still be running. The Kwantung Army's cables to Tokyo say as much, in terms Tokyo will remember.

{underestimate:
    You say it too, because you wrote the paper on the rotten house and you cannot unwrite it. But at night you add up the numbers again. Three hundred tanks, down one dirt road, in a week, from an army whose generals are being shot.
- else:
    You do not say it. You are adding up numbers. Three hundred tanks, down one dirt road, in a week, from an army whose generals are being shot. You try to picture what the same army could put into the field on open ground, with a railway behind it.
}

You write to Shūji in hospital. You do not mention the Kwantung Army. He writes back in a hand you hardly recognise and does not mention it either.

-> kw_03p_november

=== kw_03p_november
# date: October – 1 November 1938
# place: Hailar
# map: khalkhin_gol
# music: steppe
# sfx: wind
# codex: isogai
The autumn brings a new kind of quiet. The chief of staff, Lieutenant General Isogai Rensuke, came up from the China front in the summer, a soldier's general who listens to his staff more than is good for him. Wuhan falls to the China armies in late October. In Europe the British and French give Hitler a piece of Czechoslovakia at Munich, and the newspapers in Hsinking print maps of a part of the world nobody on your floor has ever looked at.

# codex: blyukher
From Harbin comes word that Marshal Blyukher, who commanded the Soviet Far East for years, has been arrested. {underestimate: The floor takes it as proof. An army that devours its own marshals is rotten to the root. | You take it as proof of something else: that Moscow won at Changkufeng and is arresting the winner anyway. An army that can afford that is not afraid of losing men.}

# codex: komatsubara
# codex: 23rd_division
In the first days of November you are sent west to Hailar, on the edge of the Mongolian steppe, to look at the army's newest division. The 23rd was raised in the summer and it shows: reservists, new officers, not enough trucks. Its commander is Lieutenant General Komatsubara Michitarō, a Russia man, once head of the special services agency in Harbin, who reads the Soviet newspapers in Russian and believes about half of them.

On 1 November, while you are in his headquarters, a border patrol of the 23rd clashes with a patrol from the other side, somewhere out on the grass where the maps disagree. Shots, a few men hit, the usual confused reports.

The division's young officers want to go back out and teach the other side a lesson. You expect Komatsubara to let them. Instead he forbids any retaliation, and then he punishes his own officers for letting the clash happen at all.

You write it up for Hsinking as you saw it. {leash >= 0: You add a line saying that the general's restraint was correct, and you leave it in. | You add a line saying that the general's restraint was correct, and then you strike it out.}

# codex: nomonhan
# codex: khalkhin_gol
On the last evening you drive out with a captain of the division to look at the frontier. There is nothing to see. Grass to the horizon, a few felt tents, a river somewhere to the west that the Mongols call the Khalkha and the Manchukuo maps call the border. Mongolia's maps put the border some sixteen kilometres east of it, near a place called Nomonhan. The captain says nobody will ever fight over this. It is too far from anything.

You look at the empty steppe and think that Changkufeng was too far from anything, too.

-> kw_act1_end

=== kw_03s_hold
# date: 25–31 July 1938
# place: Changkufeng
# map: khasan
# music: battle
# sfx: artillery
At half past midnight on 25 July the 19th Division goes up both hills at once.

You are not there. You are in the signals room in Hsinking with Mizuno and a pot of tea gone cold, reading the division's wireless traffic as it comes in, relayed from Seoul with a lag that feels like hours. Assault companies moving. Wire cut. Bezymyannaya taken. A pause, long enough to stop your breathing. Changkufeng taken. The Soviet border guards on the crest, the ones who began all this by digging, are dead or gone down the far slope toward the lake.

By dawn the division is doing what you wrote on the page: digging. Not on the crest, where every Soviet gun will be registered by noon, but on the reverse slopes and in the saddle between the two hills, deep and narrow, roofed with timber carried up in the dark. Behind them, on the Korean bank of the Tumen, the guns you stripped from half the Korea Army and a quarter of your own depots are already laid on the one dirt road.

A letter reaches you on the 27th, sent before the attack. Shūji's platoon is to go up the nameless hill, he writes; he cannot say when. He asks you to tell their mother nothing until it is over. At the bottom, in smaller characters, he writes that his company commander says the plan came from Hsinking and is the first sensible thing Hsinking has ever sent them.

You fold the letter into your tunic and keep it there.

On the 28th the Soviets counter-attack with a division. It comes as the ground dictates: out of the marsh, along the road, in lines. The guns on the Korean bank catch it on the causeway. The infantry in the reverse-slope trenches wait until the Soviet riflemen are over the crest and silhouetted against the sky. Tanks founder in the mud by the lake and burn there. By evening the attack has stopped, and the marsh is full of men who will not be collected for days.

~ add_cas_sov(2)
~ add_cas_jpn(0.3)

# codex: borrowed_division
On the 30th the second division begins to cross the Tumen behind the first. Korea has no second division of its own to send, its 20th having gone to China last summer, so this one is the Kwantung Army's, railed down from Manchuria on loan, and Hsinking will not let Seoul forget it. The hill is held. The world's newspapers print a photograph of Japanese infantry on a bald summit, and Moscow radio calls it banditry and promises that the bandits will be destroyed.

In Hsinking they drink to the Korea Army. They drink the way men drink at a wedding where the bride married somebody else. {leash <= -10: Hayama does not drink. He says, loud enough for the room, that the Kwantung Army wrote the plan and Seoul is taking the bows, and that he knows a place where the Kwantung Army could take some bows of its own. | Hayama says, loud enough for the room, that Seoul is taking the bows for a Kwantung plan. Then he looks at you, and then he looks west.}

-> kw_04_own_glory

// ─────────────────────────────────────────────────────────────────────────────
=== kw_04_own_glory
-> checkpoint("chapter") ->
# chapter: KW-4 Our Own Glory
# date: 1 August 1938
# place: Hsinking
# map: khalkhin_gol
# music: council
# sfx: telephone
They come to you because you wrote the plan. That is the irony you will turn over for years.

Hayama, a lieutenant colonel from the intelligence section named Nishi, and two captains from the western garrisons meet you after midnight in a back office with the blinds down. They have a map of the Mongolian frontier and a plan of their own. It has a date on it. The date is tonight. The trucks are already at the frontier, assembled for summer exercises; all they lack is a movement order.

The idea is simple, and the worst ideas on this floor always are. The China armies have had their glory at Hsuchow and on the Yangtze. The Korea Army has its hill and its photographs. The Kwantung Army, the cream of the Army, the army that built Manchukuo, sits in its barracks and reads about other men's victories.

So: a force of Kwantung infantry, Manchukuo cavalry and trucks crosses into Mongolia near Nomonhan, where the border is anybody's guess, and takes the ground east of the Khalkha. The defector's files say the Soviets are hollow. Moscow's eyes are all on Changkufeng. The Mongols will run. The Kwantung Army will have its own hill.

"It only needs someone in operations to countersign the movement orders," Nishi says. "Someone who has already shown he can write a plan Tokyo approves."

You know the defector's files better than anyone in the room. You read them on a train. The pages on the Far Eastern army are thick and exact. The pages on the Trans-Baikal, which answers for Mongolia, are thin. Lyushkov knew his own district. He did not know that one. Nobody in this room has noticed, because nobody in this room wants to.

{underestimate: And you taught them the rest. A rotten house needs only a kick at the door. They have your sentence written in their notebooks. | They quote the files at you as if they were scripture. You are not sure any more that you believe in scripture.}

Hayama is watching you with the bright face he had on the night of the Amur islands. On the wall behind him someone has pinned the newspaper photograph of the 19th Division on Changkufeng.

* (incursion) [Organise the incursion. If the Kwantung Army is ever going to move, it is now, while Moscow is looking east.]
    ~ change_leash(-20)
    ~ change_stalin(-20)
    ~ add_cas_jpn(8)
    ~ nomonhan_1938 = true
    You countersign the orders at two in the morning. By three the trucks at the frontier are loading. By dawn on 1 August a Kwantung force is across the border near Nomonhan, moving west over the grass toward the river, with Manchukuo cavalry on its flanks and nobody in Tokyo aware that it exists.

    For a day it goes as the files promised. Mongol outposts fall back. The trucks raise dust you can see from the air. Hayama sends you a wireless message that is three words long and ends with an exclamation mark.

    On the second day the force runs into Soviet infantry. Not border guards: a full rifle division, dug in along the river, with two regiments of cavalry on its wings and artillery behind. The Trans-Baikal district, the one the defector did not know, has been waiting.

    The reports that night are very short. You sit in the signals room with Mizuno and do not drink the tea. You think about the thin pages, and about the photograph on the wall, and about the day the Kwantung Army went looking for glory on a map it had not read.

    Somewhere in Tokyo a telegram is being drafted that will ask who authorised this. The answer is you.

* (block) [Block it, and inform Tokyo. The hill is the bargain; a second war in Mongolia throws the bargain away.]
    ~ change_leash(15)
    ~ change_north(-5)
    ~ kw_clique_blocked = true
    You say no. Then you say it again, in writing, to the chief of staff, at four in the morning, with the map of their plan attached. By eight the chief of staff has stopped the trucks at the frontier. By noon a cable has gone to the General Staff, reporting that certain officers proposed an operation across the Mongolian frontier and that it has been forbidden.

    You drafted that cable. Your name is not on it, but everyone who matters knows whose sentences those are.

    Tokyo answers within hours: no movement toward the Mongolian frontier, on pain of relief. Nishi is posted to a garrison on the Amur. The captains go back to their regiments. Hayama is not punished. You saw to that, and he knows it, and it is worse for him than punishment would have been.

    He stops speaking to you. So do most of the others. In the mess, conversations end when you sit down. Someone leaves a copy of the Changkufeng photograph on your desk with a single word written across the sky above the summit: informer.

    Nishi's map goes into the chief of staff's safe, and the plans for a northern war go in after it. Without the clique to carry them from office to office, nobody asks for the key for the rest of the summer.

    You keep the photograph. You are no longer sure what you are, but you are sure the hill is worth more to Japan than a second hill in Mongolia would have been. It is a strange kind of certainty. It feels like standing on the crest at night, with the whole slope dark below you.

* (probe) [Allow a small probe only: a company across the river to see what is there. Enough to quiet the clique; not enough to start a war.]
    ~ change_leash(-5)
    ~ change_stalin(-5)
    ~ change_north(5)
    You cut their plan down to a single company of infantry and a troop of Manchukuo cavalry, and you sign for that and nothing more. Reconnaissance in force, the order says. Three days. Report and return.

    Nishi calls it an insult. Hayama calls it a start. They take it, because it is that or nothing, and for a week the clique talks of nothing else; the talk reaches Tokyo, as such talk does, as talk of the north.

    The company crosses near Nomonhan on 1 August and finds the Mongols exactly where the files said they would not be. There is a skirmish on the second day, and then another, and the company comes back on the fourth with eleven wounded and a captured Soviet field telephone. The telephone is not Mongolian. It is the newest model.

    Moscow notices. Of course it notices. A Soviet note to Tokyo speaks of a provocation on the Mongolian frontier while talks on the Changkufeng incident are pending. It is not yet a threat. It is a reminder that Moscow can count.

    You put the telephone on your desk, beside the folder of Posyet maps. Hayama comes to look at it, turns the receiver over in his hands like a man reading a verdict, and puts it down without a joke.

- -> trade

= trade
# date: 2–10 August 1938
# place: Changkufeng
# map: khasan
# music: tension
# sfx: aircraft
On the 3rd the Soviets try again at Changkufeng, this time with a corps. Bombers come first, scores of them, pounding the crests; then the artillery that has been dragged up the dirt road for a week; then the tanks, more than anyone in Hsinking believed the Far Eastern army could put in the field. The reverse-slope trenches hold. The guns on the Korean bank hold the road. By the 5th the corps attack has failed, as the division's did, and the marsh is full of burnt-out tanks.

~ add_cas_sov(2)
~ add_cas_jpn(0.5)

Shūji is alive. He sends two lines by field post: the nameless hill is still theirs, and he has not slept since the 25th.

The Soviet toll, as the Korea Army counts it, is over a hundred tanks and aircraft and nearly fifteen hundred dead, and much of the ammunition the Soviets had stocked in the Maritime Province. An army-level attack is being prepared on the far side of the lake. Without a railhead it will need another week, perhaps two.

# codex: stalin
# sfx: telegraph
On 7 August, as your plan always intended, Tokyo makes its offer. A staged Japanese withdrawal from the heights. In exchange, an end to Soviet aid to China: the aircraft, the pilots, the advisers, the credits, all of it.

{
- nomonhan_1938:
    But by the 7th there are two wars, not one, and Moscow can see both of them.
    
    West of the Khalkha the Kwantung force has not taken the zone it went for. It is short of ammunition and water and is losing men every day to Soviet artillery it did not know was there. On the 10th Imperial Headquarters halts all offensive action by the Army's aircraft over the frontier. The Kwantung Army has been told to stop. It has not been told how.

    Moscow does not answer the offer. It does not need to. Stalin has been shown that the Kwantung Army does not obey Tokyo, and that a bargain signed in Tokyo does not bind Hsinking. Why trade for a hill when the enemy has just handed you a better battlefield, on open grass where tanks can move? Intelligence in Harbin reports trains heading east along the Trans-Siberian day and night, and every truck in three military districts being requisitioned.

    The trade is dead. You killed it at two in the morning with a fountain pen.
- stalin >= 50:
    Moscow takes it seriously. Not warmly, not quickly, but seriously: the Soviet reply asks questions about timing, about guarantees, about which heights and which aircraft. Questions are not a refusal. In Tokyo, men who have never spoken to you send word that your plan has done what plans almost never do: it has bought a negotiation.
    
    {not kw_clique_blocked: The probe across the Khalkha still hangs over the table. Moscow's notes mention it every time, like a stone left in a shoe. The trade stands. It does not stand firmly. | In Hsinking the officers who wanted their own glory watch the talks in silence. If Moscow signs, they will say Seoul and Tokyo stole the Kwantung Army's war. If Moscow does not, they will say you did.}

    The hill is held. The bargain is on the table. Everything now depends on whether Moscow can be kept calm while it decides, and whether Tokyo goes on trusting the army that holds the knife.
- else:
    Moscow's reply is slow and cold. The probe across the Khalkha has given it a reason to doubt that Tokyo can deliver its own army. The trade is not dead, but nobody in Tokyo would call it alive.
}

-> kw_act1_end

=== kw_act1_end
{ tl == "S0":
    -> kw_act1_end_s0
}
# date: November 1938
# place: Hsinking
# map: manchuria
# music: elegy
# sfx: wind
The first snow comes to Hsinking in November and covers the new avenues, the caged trees, the castle roof. Changkufeng is a word the newspapers no longer print. The Korea Army's dead have been cremated and their ashes sent home in white boxes. Shūji is out of hospital and back at Ranam, with a scar down his forearm and no wish to discuss the summer.

The operations section has drawn its lessons. The Korea Army was timid, Tokyo was weak, the Red Army is still the Red Army. Next time, everyone agrees, it will be the Kwantung Army's war, fought the Kwantung Army's way, on ground of its own choosing.

{underestimate: You agree with them. You wrote the paper they are quoting. But the tank count from the Tumen will not leave you alone. | You do not agree with them. You do not disagree either. You have learned that on this floor silence is counted as consent, and you let it be counted.}

On the wall the red crescent has not moved. West of Hailar the grass goes on to a river with two names.

-> kw_act1_close

=== kw_act1_end_s0
# date: 10 August 1938
# place: Hsinking
# map: manchuria
# music: elegy
{
- nomonhan_1938:
    On the night of the 10th you stand at the window of the operations section and look west, as if you could see the steppe from Hsinking. You keep the folder of Posyet maps in your safe and the casualty returns from Nomonhan on your desk, and you read them every morning, because someone should.

    On the floor they still call the hill a victory. They call the Mongolian affair a misfortune, a matter of bad luck and the General Staff's interference. Nobody says it was a plan that trusted a defector's thin pages because it wanted to. You have stopped saying so too. It is not discretion that keeps you quiet. It is the knowledge that you signed.
- else:
    On the night of the 10th you walk home through the wide, empty avenues, past the caged trees. The hill is still held. Shūji writes that the 19th Division is building proper bunkers on the reverse slopes, with stoves, as if it meant to winter there.

    In the operations section you are a stranger. Tokyo sends you its good opinion in small ways: a copied signal, a word from a classmate, a question about Soviet rail capacity that could only have been meant for you. You keep them in the drawer. Some nights the drawer feels like the only thing in the building that is on your side.

    You used to despise Tokyo's caution. Now you are the one holding the Kwantung Army back, and you are finding out how heavy it is.
}

-> kw_act1_close

=== kw_act1_close
-> checkpoint("act1") ->
-> kwantung_act2
