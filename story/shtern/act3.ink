// ─────────────────────────────────────────────────────────────────────────────
// Grigori Shtern — Act III (late 1939 – June 1941)
// Entry: shtern_act3 (from Act II).  Exit: -> checkpoint("final").
// OTL and S1 without a Manchurian war: SH-10 The Border → SH-11 The Finnish Call
//     → SH-12 The Last Posting → the 1941 Reckoning.
// S1 with manchuria_war: SH-10 Mukden → SH-11 The Sakhalin Meat-grinder
//     → SH-12 Pingfang → the road to Mukden → the 1941 Reckoning.
// S0: SH-10 The Year Without a War → SH-11 The Victors' File
//     → SH-12 The Last Posting → the 1941 Reckoning.
// ─────────────────────────────────────────────────────────────────────────────

=== shtern_act3
// The last option of Act II ends here: the HUD credits it with its own effects
// only, and an ending it brought on fires before the settling washes it out.
-> checkpoint("act2") ->
~ act_settle()
// Spent in Act II (read only at SH-8 and the Tamsak-Bulak raid): cleared so Act III starts from fewer states.
~ airbase_dispersed = false
{ tl == "S0":
    -> sh_10_s0_quiet
}
{ tl == "S1":
    -> sh_10_s1_mukden
}
-> sh_10_otl_border

// Between Act II and Act III: what act_settle() did, told as Shtern's annual
// attestation. Called after the chapter tag of each first scene of Act III.
=== sh_act3_settled
{ meters_moved():
    The summer's papers go into the archive in cardboard boxes tied with tape, and the Personnel Directorate writes its attestation on you in the language it uses for everyone: reliable or not, politically literate or not, requires supervision or does not. Whatever you did in a particular week has been rounded into the phrase nearest to it, and the phrases drift toward the middle. Only the remarks of the Special Department are copied word for word. {casualties_moved(): The final returns come in behind the army, one amended list at a time. Each amendment adds names. None removes them.}
    The attestation, as signed and copied to the Special Department: {changes_since_mark()}.
}
~ forget_mark()
->->

// ═════════════════════════════════════════════════════════════════════════════
// SH-10, OTL version
// ═════════════════════════════════════════════════════════════════════════════

=== sh_10_otl_border
-> checkpoint("chapter") ->
# chapter: SH-10 The Border or Mukden?
# date: 24–29 August 1939
# place: Chita
# map: khalkhin_gol
# music: council
# sfx: telephone
-> sh_act3_settled ->
The ring has closed. Inside it the 23rd Division is dying in its bunkers, and the Kwantung Army is sending notes through Moscow and through its own channels that say, in every register from pride to panic, that it would like this to stop.

# codex: molotov_ribbentrop_pact
The world has turned over in a week. On 23 August Molotov signed a treaty of non-aggression with Ribbentrop in the Kremlin. In Tokyo, where the army had been promised that Germany was Japan's friend and the Soviet Union its common enemy, the Hiranuma cabinet is falling. In Europe, everybody who can read a railway timetable knows that Poland has days.

In Chita, some of the officers who came east with Kulik are saying aloud what Kulik says in private: the Japanese are broken, Hailar and its railway are there for the taking, and the Red Army will never have a better chance to teach the Kwantung Army what the Soviet border is.

Moscow asks the Front Group for its assessment. Moscow also, in the same week, is drawing up a decree of awards, and the order of the names is not yet fixed.

* [Advise stopping at the claimed border, and put your name to the victory.]
    ~ change_diplo(10)
    ~ change_stalin(5)
    ~ change_nkvd(5)
    # codex: hsu_decree_1939
    You write that the Front Group has achieved its mission: the Japanese have been expelled from the territory of the Mongolian People's Republic, and to go further would be to start a different war, one that the Soviet Union does not need with Europe about to burn. Stop at the line. Let Molotov talk.
    Moscow agrees.
    On 29 August the decree names thirty-three Heroes of the Soviet Union for the Khalkhin Gol. Your name heads the list. Zhukov's comes after it. You read the newspaper in the staff canteen with the whole Front Group pretending not to watch you, and you allow yourself to be glad, because you have earned it, and because you are not sure when you will next be allowed to be glad.
    On 31 August, with the last pockets cleared, Zhukov is ordered not to go a step beyond the border.
    Voroshilov sends a telegram of congratulation with three exclamation marks. You count them, and put the telegram in the drawer where you keep the papers that may one day be quoted back to you.
* [Advise stopping at the border, and ask that Zhukov and the Mongols stand first.]
    ~ change_nkvd(-10)
    ~ change_diplo(5)
    # codex: hsu_decree_1939
    You write that the Front Group has achieved its mission and that the line should be held, not crossed. Then you write a second, shorter letter to Voroshilov alone. The victory on the steppe was won by the 1st Army Group and its commander, and by the Mongolian cavalry who rode where the tanks could not. If there is a list, you ask that their names be first.
    Voroshilov does not understand and says so. He understands even less when you insist.
    On 29 August the decree names thirty-three Heroes of the Soviet Union for the Khalkhin Gol. Zhukov's name is first. Yours is in the middle, among the colonels. The newspapers print his photograph and not yours.
    Savelyev, who has come with you from Khabarovsk, is furious on your behalf. You tell him a story about a tall poppy, which he does not find funny, and then you tell him about a man you knew in Spain who was photographed too often, which he does not ask you to finish.
* [Warn Moscow in writing against any further adventure, and against stripping the Far East for Europe.]
    ~ change_stalin(-15)
    ~ change_nkvd(15)
    ~ change_diplo(5)
    ~ change_supply(10)
    # codex: hsu_decree_1939
    You write what you actually think, which is a habit you have mostly broken. Stop at the line; do not even think of Hailar. The Pacific Fleet could not hold the sea for a week against the Japanese Navy. Vladivostok would be blockaded. North Sakhalin could be neither held nor retaken. And whatever Moscow now intends in Europe, the Far East must not be stripped to pay for it.
    Moscow stops at the line, as it had always meant to. What it remembers is the second half of your memorandum: a commander lecturing the Politburo on the limits of the Red Army.
    On 29 August your name still heads the list of Heroes. Voroshilov's telegram of congratulation has only one exclamation mark.
    The other half of the memorandum is read by the General Staff, which has its own reasons to agree with it. In September the rear services of the Front Group receive a directive, over Shaposhnikov's signature, that keeps the winter reserve of fuel and the lorry columns in Trans-Baikal, and forbids their transfer west without a further order. Your staff copies it into every ledger it keeps. Whatever is said of you on Dzerzhinsky Square, the Far East will not be stripped this winter, and the quartermasters know whose paper did it.
* [Strike for Mukden: cross the border while the Kwantung Army is broken, and ask Moscow for the order.]
    ~ change_stalin(10)
    ~ change_nkvd(10)
    ~ change_diplo(-10)
    ~ change_supply(-10)
    ~ sh_mukden_plan = true
    # codex: hsu_decree_1939
    # codex: mukden
    You will not see the Kwantung Army this weak again, and neither will anyone else. On the night of the 26th you draft the appreciation in the operations room at Chita, with Savelyev and the chief of the rear, over the one-to-a-million sheet that shows Manchuria from the Khalkha to the Yellow Sea. Two mobile groups across the border south of Nomonhan: one along the railway to Hailar, one through the Khingan passes to Solun. Behind them the rifle divisions of the 1st Army Group, and by the first snow, if the railway holds and the Japanese cannot find a second army, Tsitsihar and the line south to Mukden. Japan's empire on the continent cut in two.
    An order to prepare is within your authority, so you sign a second paper as well: the fuel trains and the bridging park at Borzya to move south to Tamsak-Bulak at once. Then you send the appreciation to Voroshilov by special courier, with a request for the order to cross.
    On 29 August the decree of Heroes still has your name at its head. On the 31st Moscow answers the Front Group: not a step beyond the border. By then four days of fuel have been burned on the steppe roads, and the bridging park sits at Tamsak-Bulak under tarpaulins until October. Molotov, who expects to be negotiating a ceasefire with the Japanese ambassador within weeks, receives a copy of your appreciation from Voroshilov, together with a note from the frontier troops that the Japanese have photographed Soviet bridging moving toward their border. The Narkomindel's protest to the Defence Commissariat is two paragraphs long and names you in both.
    On 1 September the Germans go into Poland. That evening Voroshilov telephones. The Boss has read your paper, twice, and said it is a good plan for another year. Voroshilov means it as praise. You register the call in the Front Group's log, with the time, and note the Boss's words in your own hand. The appreciation goes into two files: the General Staff's folder of plans for a war with Japan, and a folder on Dzerzhinsky Square under your name, where a plan to cross a border Moscow had not crossed reads differently.
-
The ceasefire is signed in Moscow on 15 September and takes effect the next day. On the 17th the Red Army crosses into eastern Poland. The steppe east of the Khalkha goes quiet, and the dead are counted: some twenty-five thousand Soviet casualties, perhaps eighteen thousand Japanese. Two hundred and fifty tanks. Two hundred aircraft and more.
-> sh_11_otl_finland

// ═════════════════════════════════════════════════════════════════════════════
// SH-10, S1 version
// ═════════════════════════════════════════════════════════════════════════════

=== sh_10_s1_mukden
-> checkpoint("chapter") ->
# chapter: SH-10 The Border or Mukden?
# date: 4–20 May 1939
# place: Chita
# map: manchuria
# music: council
# sfx: telegraph
-> sh_act3_settled ->
The Japanese ask for a ceasefire on 4 May, through their ambassador in Moscow. On the 5th you learn that the Boss has refused it.

Europe is quiet this spring in a way nobody expected: Prague swallowed, and then nothing, as if Hitler were digesting. Stalin has looked at the casualty figures from the Khalkhin Gol, which are lopsided enough to make a man in the Kremlin dream, and he has asked himself why the Red Army should stop at a river when the imperialists it has just beaten are sitting in Manchuria.

# codex: mukden
The instruction reaches you by a special courier who waits while you read it: prepare proposals for the liberation of Manchuria from the Japanese militarists.

You know what you are being asked. You are not being asked whether. You have read, more closely than most, the files of commanders who answered whether.

* [Advise stopping at the claimed border: the river is won, Manchuria is another war.]
    ~ change_diplo(10)
    ~ change_stalin(5)
    # codex: hsu_decree_1939
    You write it as a soldier's appreciation and not as an opinion: what the Front can do by autumn, and what it cannot. The border is secure. A war for Manchuria would need a year of building and a fleet the Soviet Union does not have. The victory on the Khalkhin Gol is complete, and a complete victory is worth more at the conference table than half a war.
    For four days nothing happens. Then Molotov receives the Japanese ambassador and a ceasefire is signed. You are never told what changed the Boss's mind, and you understand that you are not meant to ask.
    The decree of Heroes comes in June. Your name heads it.
    Savelyev brings the newspaper to your quarters in Chita: your name in the first column, in the same type as the names of the dead pilots beneath it. You read the whole list, every name, before you read your own.
* [Back the invasion, but demand the means: air and numerical superiority, a late-summer start, Vladivostok covered.]
    ~ change_stalin(15)
    ~ change_supply(-20)
    ~ manchuria_war = true
    # codex: hsu_decree_1939
    # codex: chiang
    You do not refuse. You have never seen a man refuse and survive. But you can set the price.
    You write it down in numbers. Guaranteed superiority in the air, because Japanese pilots are better than yours and the only answer is more aircraft. Numbers on the ground: two pincers, one from the north across the Amur and one out of the Gobi through Inner Mongolia. A start in late summer, not before, so the railway has time. And Vladivostok covered, because the Pacific Fleet cannot fight the Japanese Navy, and Sakhalin cannot be held, and when it falls you want it understood in advance that you said so.
    Stalin agrees to all of it. That frightens you more than a refusal would have.
    The decree of Heroes comes in June. Your name heads it. It feels like an advance on a debt.
    A second question follows in the middle of May, from Molotov's office. The Chinese are fighting in the south; the Japanese have begun pulling armour and aircraft north to face you. Should Moscow make Chiang Kai-shek attack now, to pin them?
    * * [Press Moscow to force Chiang to attack now, whatever it costs him.]
        ~ change_diplo(-5)
        ~ chiang_forced_offensive = true
        You want Japanese strength pulled away from your front and you do not much care how. You write that the Chinese have been letting the Soviet Union do their fighting, which is not true and which you know is not true.
        Moscow writes to Chongqing in the same terms, and then in harder ones. By the end of May Chiang has attacked, with armies that are not ready, on a timetable that is not his. The Chinese dead are counted in tens of thousands. The Japanese divisions in central China do not go north.
        In June the General Staff sends you the Chinese order of attack, obtained by the military attaché in Chongqing, with your own memorandum pinned to it as the document of reference. You read it in the evening: divisions still forming, a start date eleven days after Moscow's second cable, objectives along the railways of central China. Someone in the General Staff has ticked your sentence about the Chinese letting others do their fighting, and written beside it: correct. You initial the receipt, as required, and have the folder returned to the secret section. The tick stays with you longer than the folder does.
    * * [Ask for a coordinated Chinese offensive, later, timed to your blow.]
        ~ change_stalin(-5)
        ~ change_supply(10)
        ~ chiang_offensive_timed = true
        You write that a Chinese army thrown away in May helps nobody in August. Ask Chongqing for a limited offensive on a sector of its choosing, launched in the week your pincers move. Give the Chinese time to prepare and the Red Army time to build.
        Stalin is displeased at being told to wait. But the late start was your condition, and a later Chinese blow fits it. Your quartermasters gain six weeks.
        The cable to Chongqing goes out over Molotov's name, but the annex is yours: a list of the railway junctions whose loss would stop the Japanese moving divisions north, for the Chinese to choose among, and a table of dates keyed to your own day of attack. You initial the margin of every page. Savelyev asks whether the Chinese will keep to it. You tell him that is not the question. The question is whether, when they do not, the file shows that the Front asked them in good time and in writing. He files the carbon under liaison, Chinese, and you countersign the register.
    - -
* [Argue against invasion: the Pacific Fleet is doomed, Vladivostok will be blockaded, Sakhalin lost.]
    ~ change_stalin(-15)
    ~ change_nkvd(15)
    ~ change_diplo(5)
    ~ change_supply(10)
    # codex: hsu_decree_1939
    You write what every staff officer in Chita knows and nobody will sign. The Japanese Navy owns the sea. The Pacific Fleet would be sunk or bottled up in a week. Vladivostok would be under blockade by autumn. North Sakhalin could be neither held nor retaken. And the Trans-Siberian is a single line that will carry an offensive until the first snow and not a day longer.
    You sign it. Savelyev watches you do it with the face of a man watching a friend step off a roof.
    The Boss does not reply to you. But a week later Molotov receives the Japanese ambassador and a ceasefire is signed, and the decree of Heroes that comes in June still has your name at its head. Your memorandum is copied for the Special Department and registered there under a heading that is not military.
    Its appendix has readers of its own. The People's Commissariat of the Navy, which has been asking for the same things for two years, takes your table of what Vladivostok would need under blockade and turns it into an order: coastal batteries and their shells shipped east by the summer, the fuel reserve of the Primorye group raised by a third, the lorry parks at Chita left where they are. The Front's chief of the rear brings you the order with both hands, like a man carrying something he does not want to spill.
-
{ manchuria_war:
    -> sh_10b_s1_buildup
}
-> sh_11_otl_finland

// S1 war: the summer build-up and the Harbin pocket.
=== sh_10b_s1_buildup
# date: May–August 1939
# place: Trans-Siberian Railway
# map: manchuria
# front: s1_manchuria
# music: tension
# sfx: train
# codex: trans_siberian_railway
All summer the railway carries the war east. Rifle divisions from the Volga, tank brigades from Kiev, aircraft in crates, fuel in tank cars that are shunted into sidings whenever the Japanese bombers come, which is less often than Tokyo promised itself. The Trans-Siberian proves harder to kill than anyone expected.
~ change_supply(20)

# codex: yumashev
# codex: pacific_fleet
The divisions arrive badly trained. Many are led by men promoted over the heads of the arrested, and some by men promoted because they are somebody's friend. You and {zhukov_fate == "rising": Zhukov|your staff} spend June and July teaching them to march, to dig and to follow a tank. Kulik, back in Moscow, criticises the pace of the training in writing. Admiral Yumashev of the Pacific Fleet tells you privately that he would rather take his ships out of harm's way than fight.

In the first week of August the pincers move: one across the Amur from the north, one out of the Gobi through Inner Mongolia. The Japanese have pulled armour and aircraft out of China to meet you. Their pilots are better than yours; yours are more numerous, and some of them, when their guns jam, ram.
# sfx: aircraft
~ add_cas_sov(30)
{ supply >= 40:
    ~ harbin_pocket = true
    ~ add_cas_jpn(60)
    # codex: harbin
    The Kwantung Army stands and fights, as you hoped it would. The pincers meet at Harbin. More than ten Japanese divisions are inside the ring, and they hold until the middle of August, dying in their positions, wrecking your timetable by the week.
- else:
    ~ add_cas_jpn(15)
    # codex: harbin
    The pincers are late. The railway cannot feed both of them, and the northern one stalls on the Sungari for eleven days waiting for fuel. The Kwantung Army uses the time to fall back, in good order, to a line covering Mukden and the Korean border. Harbin is yours. The army that should have died there is not.
}
-> sh_11_s1_sakhalin

// ═════════════════════════════════════════════════════════════════════════════
// SH-11
// ═════════════════════════════════════════════════════════════════════════════

=== sh_11_otl_finland
-> checkpoint("chapter") ->
# chapter: SH-11 The Finnish Call
# date: December 1939 – January 1940
# place: Moscow
# map: europe
# music: tension
# sfx: telephone
# codex: winter_war
# codex: 8th_army
The war with Finland was to take two weeks. It is in its second month, and north of Lake Ladoga the 8th Army is stuck in the forests, its columns cut into pieces by ski troops who appear out of the snow and vanish into it again.

You are in Moscow when the call comes, summoned from the Far East for a conference that turns out to be an audition. Voroshilov wants a commander for the 8th Army who has won something recently. The Boss, you are told, has mentioned your name.

{sh_mukden_plan: In the car from the station Voroshilov reminds you, not unkindly, that in August you asked for an offensive. Here is one, he says, with no Japanese in it.}

You know the forests from the map only. You know the Far East from the ground. {tl == "S1": You also know that the Japanese have a long memory for the spring you gave them on the Khalkhin Gol.|You also know that the Japanese have a long memory for the August you gave them.}

* [Go, and win it ugly.]
    ~ change_stalin(10)
    ~ change_nkvd(-5)
    You go. You take the 8th Army in January, in forty degrees of frost, with divisions that have lost their artillery in the forest and their confidence everywhere. You do what can be done: you stop sending columns down single roads; you feed the men; you bring up guns that can reach the Finns in their log bunkers; and you accept, because there is no other way, that the Finns will be pushed back by weight and not by cleverness.
    When the peace is signed in March, the 8th Army has advanced a little and bled a great deal. But it has not been destroyed, and in the Kremlin that is what counts as your success. You went where you were sent. In this country, that is also a kind of reputation.
* [Plead that the Far East needs you: the Japanese will not sit still forever.]
    ~ change_stalin(-10)
    ~ change_nkvd(10)
    ~ change_supply(10)
    You tell Voroshilov, carefully, that the Far East is the more dangerous front and the one you know. The Japanese were beaten on the Khalkhin Gol; they were not destroyed. A commander who leaves Khabarovsk now leaves it to whoever is next on the list.
    Voroshilov is hurt. The Boss is something colder than hurt. Another commander goes to Ladoga, and you go back east on a train, with the feeling, all the way to the Urals, of a man who has declined an invitation that was not an invitation.
    At Sverdlovsk the train stops for an hour, and you walk the platform in the dark with your adjutant, stamping against the cold. A newsboy is selling Pravda with the communiqué from the Karelian front: heavy fighting, local successes, the heroism of the 8th Army. Another man's name is on it now. You buy a copy and read it under a station lamp, every line, as though it had been submitted for your signature. Then you fold it and give it to the adjutant for the file. At Khabarovsk your staff meet you with the winter returns from the border, and you sign them in the car.
    Then you spend the winter on what the Far East has always lacked. You tour the depots on the Ussuri and the Amur with the chief of the rear and a copy of the Khalkhin Gol returns, and you make the Front count its own fuel, its shells, its winter boots and its lorries that actually run. Where the ledgers lie you correct them and sign the correction. By March the stocks on the border stand higher than at any time since you came east, because their commander stayed to count them.
-
-> sh_12_otl_posting

// S1 war: North Sakhalin.
=== sh_11_s1_sakhalin
-> checkpoint("chapter") ->
# chapter: SH-11 The Sakhalin Meat-grinder
# date: 16 August – 2 September 1939
# place: North Sakhalin
# map: sakhalin
# music: battle
# sfx: radio
# codex: sakhalin
While your divisions are still clearing the Harbin pocket, the Japanese do what you told Stalin they would. Troops from Karafuto, the Japanese half of Sakhalin, cross the old border of 1905, and the Imperial Navy starts closing the sea around the north of the island.

The Pacific Fleet has three destroyers and a cruiser in range. Yumashev wants to keep them in Vladivostok. The garrison on North Sakhalin has a few rifle regiments, the oil workers of Okha and a coast that can be supplied only by sea.

Japan's plan, as your intelligence reads it, is to take the island and offer it back: North Sakhalin for a Soviet withdrawal from Manchuria.

* [Fight it as a deliberately costly diversion: make them pay for every kilometre.]
    ~ change_stalin(5)
    ~ add_cas_sov(8)
    ~ sakhalin_lost = true
    ~ sakhalin_fought = true
    You cannot hold it. You can make the Japanese spend on it what they would otherwise spend in Manchuria. You order the garrison to fight at the old border, and you order Yumashev out of Vladivostok to run supplies through the strait while he can.
    For two weeks the Japanese attacks stall on the line of 1905. Then the Navy closes the sea. All three destroyers and the cruiser are lost, and the remnants of the fleet limp back into Vladivostok.
    Conventional resistance on North Sakhalin ends on 2 September. Eight thousand Soviet soldiers and sailors are dead, wounded or missing, and about as many Japanese. Every one of those Japanese was a man who was not at Mukden.
    Yumashev's last signal from the cruiser reaches your headquarters after she has gone down: a position, a time, and the words fighting on. You sign the loss report yourself.
* [Evacuate what you can: the men, the oil workers, the ships.]
    ~ change_stalin(-20)
    ~ change_nkvd(15)
    ~ change_supply(10)
    ~ sakhalin_lost = true
    You order the garrison to the northern ports and the fleet to bring out whom it can. It is what you told Stalin in May would have to happen, and you thought that having said it then might protect you now.
    It does not. The island falls with few Soviet dead and a great deal of abandoned equipment. The men come back to the mainland and are sent to Manchuria, where you need them. The Boss's opinion of a commander who gives up Soviet soil without a fight arrives in a telegram of one sentence.
    The embarkation returns reach your headquarters outside Harbin three days later, in a school exercise book flown over from the mainland port: page after page of names in pencil, oil workers and riflemen and their families, in the order they came down the gangway. On the last page the political officer who kept it has listed what was left on the island: the guns, the lorries, the wells of Okha, set on fire. You sign across the foot of that page, so that nothing can be added after your signature, and send the book on to Moscow with the men's new postings attached.
* [No surrender: order the garrison into the mountains to fight as partisans, as Moscow demands.]
    ~ change_stalin(10)
    ~ change_opinion(-5)
    ~ add_cas_sov(10)
    ~ sakhalin_lost = true
    The decree comes from Moscow before you can write your own: no Soviet soldier on North Sakhalin will surrender. You pass it on. You add an order for the garrison to go into the hills and fight as partisans when the coast is lost.
    The coast is lost on 2 September. The partisans last into the winter, without supply, without medicine, among the Nivkh villages whose people suffer for them. The Japanese answer the partisans the way armies answer partisans. Ten thousand Soviet soldiers go into the hills and most do not come down.
    In December a Nivkh hunter crosses the frozen strait to the mainland with a message sewn into the lining of his coat: the names of the men still alive in one partisan detachment, written small on cigarette paper, and a request for medicine. Your staff check the names against the garrison rolls. There are eleven. You order an aircraft, which cannot land; its bundles drop into snow that the Japanese patrol. You sign the report of the drop, the hunter's ration card, and the letter to Moscow stating that the partisans of North Sakhalin fight on. All three documents are true.
- // Japanese losses on the island: one scripted figure, whichever way you fight it.
~ add_cas_jpn(6)
Tokyo makes its offer through Berlin's embassy, which is neutral enough to pass notes: North Sakhalin back, for the Red Army's withdrawal from Manchuria. Stalin, furious, sends more armour and more aircraft east instead.
-> sh_12_s1_pingfang

// ═════════════════════════════════════════════════════════════════════════════
// SH-12
// ═════════════════════════════════════════════════════════════════════════════

=== sh_12_otl_posting
-> checkpoint("chapter") ->
# chapter: SH-12 The Last Posting
# date: 1940 – spring 1941
# place: Moscow
# map: moscow
# music: elegy
{ tl == "S0":
    In the summer of 1940 you are made Colonel-General, when the Red Army brings back the generals' ranks, and you are given the Far Eastern Front, re-formed around the quiet border the treaty of 1938 has bought.
- else:
    In the summer of 1940 you are made Colonel-General, when the Red Army brings back the generals' ranks, and you are given the re-formed Far Eastern Front. The border with Manchukuo is quieter than it has been in years. In June the two governments agree on a line, and the incidents stop.
}

In Europe, France has fallen in six weeks. In Asia, Japan has signed a pact with Germany and Italy, and its eyes are on the south. You read the reports from Tokyo and you believe them, mostly.

# codex: pvo_directorate
Early in 1941 Moscow offers you a new post: head of the Main Directorate of Air Defence, in the capital, close to the Boss. It is a promotion. It is also a move into the one building in the Soviet Union where a man's friends matter more than his work.

# codex: smushkevich
# codex: rychagov
# codex: aviator_case
The arrests have started again, quietly this time. First the armaments engineers, the men who designed the aircraft and the guns. Then the files: the Special Department is asking for the papers of aviation commanders, one name at a time, and the names have something in common that nobody says aloud and everybody sees: Spain. Smushkevich, who commanded the air over the Khalkhin Gol. Rychagov, who flew over Khasan. Men you drank with in Madrid and wrote recommendations for, and whose recommendations, in some cases, you wrote yourself. Nobody has been taken yet. The files are being read in the order, you suspect, in which their owners will be.

* [Take the Moscow post and keep your old comrades at a distance.]
    ~ change_stalin(5)
    ~ change_nkvd(-5)
    ~ distanced_spain = true
    You take the post. You move into an office in Moscow with a view of nothing and a telephone that connects to everything.
    And you stop answering certain letters. When a man from the Madrid days telephones, your adjutant says you are inspecting batteries in the Baltic. When an engineer's wife writes to ask if you could put in a word, you put her letter in a drawer. When somebody at a reception raises a glass to Spain, you are already in your coat.
    It is what everyone does. It is not what you thought you would do. Your wife does not say anything about it, and you are grateful, and you hate that you are grateful.
    In March a parcel reaches your new office from Khabarovsk: a Spanish wine bottle, empty, found in your old desk, with no note. Your adjutant asks what is to be done with it. You tell him to enter it as personal property and return it to the sender. There is no sender, and the bottle stays on his shelf.
* [Stay in the Far East, six thousand kilometres from the Kremlin.]
    ~ change_stalin(-5)
    ~ change_nkvd(-10)
    You decline, as gracefully as a man can decline anything offered from that height. The Far Eastern Front needs its commander; the Japanese have signed with Berlin; who knows what Tokyo will do if Germany moves?
    The Boss accepts it. You stay in Khabarovsk, among people who have forgotten Spain, at the far end of a railway so long that a warrant takes a week to travel it. There is an old saying among the exiles of the Tsar's time: God is high above, and the Tsar is far away. You have never found it funny before.
    In April the courier brings the month's secret circulars from Moscow, and you read them in your office above the Amur with the stove ticking: a new instruction on vigilance in the air forces, a list of officers transferred, the minutes of a conference you were not summoned to. Among the transfers is a major who flew under you in Spain, posted to a district whose name you have to look up. You sign the receipt for the circulars page by page, as the regulations require. Then you take the Front map down from the wall and check, for the third time that week, the fuel stocks at Voroshilov and Blagoveshchensk. It is work, and it is far away.
* [Speak up for the arrested engineers and your Spanish comrades.]
    ~ change_nkvd(25)
    You know what it will cost. You write it anyway, to Voroshilov and then, when he does not answer, higher. The men arrested served the Soviet Union in the air over Madrid and the steppe, and you will vouch for them, for each one by name, with your own record.
    Nobody answers. A week later your adjutant is transferred. A new one arrives who takes notes on everything, including the names of the people you do not telephone.
    It is the most honourable thing you have done since you were a commissar in the Civil War. You are still proud of it, later, when pride is most of what you have.
    Your wife keeps the draft, folded small in her sewing box, with your crossings-out and the names in a column down the left margin. She does not tell you she has it. You find it one evening in May, looking for a button.
-
-> sh_reckoning

// S1 war: Unit 731 at Pingfang.
=== sh_12_s1_pingfang
-> checkpoint("chapter") ->
# chapter: SH-12 Pingfang
# date: late August 1939
# place: Pingfang
# map: manchuria
# music: elegy
# codex: pingfang
# codex: unit_731
Twenty-four kilometres south of Harbin your advance guard finds a compound that is on none of your maps: more than a hundred and fifty buildings behind walls and wire, a railway siding, its own airfield. The sign on the gate says it belongs to an epidemic prevention and water purification department of the Kwantung Army.

The battalion commander who walks in first telephones you himself and cannot finish his sentences.

# codex: ishii
You go. You walk through it with a handkerchief over your face and your staff behind you, and you will not, for the rest of your life, find an order of words that makes it smaller. The scientists are dead, by their own hand, with cyanide. The prisoners in the cells have been shot, hurriedly, in the last hours. Half the buildings have been blown and the other half did not burn. There are records, in Japanese, in careful hands, of what was done to people here, and to whom. Chinese, Koreans, Russians. Numbers instead of names.

The Japanese will deny it. The question is what the Soviet Union will do with what it has found, and because you are the commander, the question is put to you first.

* [Open it to Western journalists: let the world see Pingfang.]
    ~ change_opinion(25)
    ~ change_diplo(15)
    ~ change_north(-10)
    ~ unit731_exposed = true
    You telephone Moscow and argue for it, and to your surprise you are allowed: an army that has found this can afford to be seen finding it. Within a week there are American, British and French correspondents walking where you walked, and photographers, and a Swiss doctor from the Red Cross who stays for three days and does not sleep.
    The Pingfang revelations run on front pages for a month. Tokyo denies everything, and denies it again, and its denials become part of the story. Capital leaves Japan. Private embargoes follow. There is no Western war, but there is something colder than a war, and Japan feels it.
    Nobody brings back the dead. But their names, some of them, are written down by people who will keep them.
* [Seal it and ship the surviving personnel and papers east.]
    ~ change_stalin(10)
    ~ change_nkvd(-10)
    ~ unit731_spirited_east = true
    You put a cordon around the compound and telephone Moscow, and Moscow sends men who are not soldiers. The surviving Japanese staff, the ones who did not take cyanide, are loaded into a closed train with their papers and their cultures and go north, and you sign the movement order.
    The Western correspondents who hear rumours are told it was a water-treatment plant damaged in the fighting. The survivors among the prisoners, a handful, are taken away too, to be questioned.
    You tell yourself that the knowledge should not be lost to the enemy. You know what it is for. The Boss is pleased with your discretion. In the spring, you will learn that pleasing him this way is a debt that never stops drawing interest.
* [Both: let the journalists see the ruins, and send the men and papers east.]
    ~ change_opinion(20)
    ~ change_stalin(10)
    ~ change_nkvd(5)
    ~ unit731_exposed = true
    ~ unit731_spirited_east = true
    You do what Moscow wants, which is to have it both ways. The correspondents are brought to the compound and shown the cells, the blown laboratories, the bodies; they write what they see, and the world reads it. What they are not shown went north two nights before they arrived, in a closed train, with the surviving staff and the files.
    The revelations cost Japan dearly. The files go into a Soviet archive whose number you are not told. You have told the truth and hidden it in the same week, and you are not sure which of the two your name will be attached to.
    On the second night, before the correspondents come, you stand at the siding in the rain and watch the closed train load. An NKVD captain counts the crates aloud, and the Japanese staff go aboard in their own coats, carrying their own suitcases, as if to a conference. One of them bows to you from the wagon step. You do not return it. The captain brings you the movement order, and you sign it on the roof of his car while the ink runs a little in the wet.
-
-> sh_12b_s1_mukden

// S1 war: autumn 1939, the race to Mukden.
=== sh_12b_s1_mukden
# date: September – November 1939
# place: Mukden
# map: manchuria
# music: battle
# sfx: train
The snow is coming. Everything in your plan now depends on one question: can the Red Army reach Mukden before winter shuts the railway and the roads?
{ supply >= 60 && (chiang_forced_offensive || chiang_offensive_timed):
    ~ mukden_taken = true
    ~ add_cas_sov(15)
    ~ add_cas_jpn(20)
    It can. The trains keep running because you built for them all summer, and the Japanese cannot bring the divisions they need out of China, because {chiang_forced_offensive: Chiang's broken armies are still bleeding them in the south|Chiang's offensive, timed to your own, has pinned them in the south}. Your armour reaches the outskirts of Mukden in the last week of October, in the first snow, with fuel for two more days.
    The city falls on 2 November. Japan's empire on the continent is cut in two: Korea and the Liaodong peninsula in the south, and nothing north of the line your tanks have drawn.
- else:
    ~ add_cas_sov(20)
    ~ add_cas_jpn(10)
    It cannot. {supply < 60: The railway has carried as much as a single line can carry, and it is not enough; fuel and shells arrive by the trainload and are gone by the day.|The Japanese bring divisions out of China faster than your intelligence said they could.} Your armour stops a hundred kilometres short of Mukden in the last week of October with empty tanks and frostbitten crews. The Kwantung Army digs in along a line that covers the city and the Korean border.
    By December the front is frozen in every sense. Japan keeps southern Manchuria. You keep Harbin, a long railway and a war that nobody in Moscow can now call short.
}
-> sh_reckoning

// ═════════════════════════════════════════════════════════════════════════════
// S0 — Act III
// ═════════════════════════════════════════════════════════════════════════════

=== sh_10_s0_quiet
-> checkpoint("chapter") ->
# chapter: SH-10 The Year Without a War
# date: May–August 1939
# place: Khabarovsk
# map: far_east
# music: council
-> sh_act3_settled ->
The spring of 1939 comes and no Mongolian horsemen are cut up at any river. The treaty of 1938 holds. The Japanese have taken their divisions south, into China and toward the sea, and their newspapers have stopped printing maps of Siberia.

{ nomonhan_1938:
    You know why, better than anyone. The Kwantung Army lost a division at Nomonhan in a fortnight, and nobody in Tokyo wants to explain to the Emperor how the second one would be lost.
- else:
    You know why, or think you do. The Japanese took their hill and were paid for it, and then looked at the map and decided the sea was cheaper than the steppe.
}

In Europe it is the opposite. The British and French are negotiating in Moscow without urgency; the Germans are negotiating without scruple. The Politburo wants to know, before it chooses, whether the Far East can be left to look after itself.

The question comes to you from Voroshilov, but everyone knows whose question it is.

* [The east is quiet: Moscow's hands are free.]
    ~ change_diplo(10)
    ~ change_stalin(5)
    You answer as Moscow would like to be answered. The treaty holds, the Japanese have turned south, the Far East can stand on its own for two years at least. Whatever the Soviet government decides to do in Europe, it need not look over its shoulder.
    It is probably true. You are nonetheless aware that if it turns out false, it will be your name under it.
    Reshetov brings you the carbon to initial for the Front's secret registry. You initial it. Then for some minutes you read it again as a prosecutor would read it if the Japanese ever crossed the Amur: the commander of the Front assured the People's Commissar that the east could stand on its own for two years. The sentence is perfectly correct. It would serve just as well in an indictment. You send it, because a commander who qualifies his assurances is not asked for them twice.
* [The east is quiet because we bled for it; do not strip it.]
    ~ change_supply(10)
    ~ change_stalin(-5)
    ~ change_nkvd(5)
    You answer with figures. The Japanese have a million men in China and an army in Manchuria with its own ideas. A treaty is worth what the guns behind it are worth. Whatever Moscow does in Europe, keep the divisions in Primorye and the Trans-Baikal.
    The divisions stay. Your memorandum circulates, and is praised, and is copied to a department that does not praise.
    The department that does not praise sends a man to Khabarovsk in July: a senior lieutenant of state security in rimless spectacles, who asks to see the memorandum's drafts. All of them. Reshetov brings out the folder. The man reads each draft against the final copy, slowly, noting where a phrase was softened and where a figure was changed, and asks you, courteously, who suggested the softening. You tell him you did. He thanks you and leaves the folder squared on your desk, exactly where it was, as if to show that he knows how to put things back.
* [Say the Japanese will go south, and urge Moscow to make sure they do: trade, a longer treaty, a fishing convention.]
    ~ change_diplo(5)
    ~ change_north(-10)
    ~ change_stalin(-5)
    You go beyond your brief. A Japan at war with Britain and America in the south is a Japan that will never march on Siberia. Give Tokyo reasons to keep looking at the sea: a fishing convention, a trade agreement, an extension of the treaty.
    Molotov's office takes some of it. Voroshilov tells you, not unkindly, that a commander who writes foreign policy had better be right.
    When Molotov's people draft the fishing convention, it comes to the Front for comment with three of your sentences in its preamble, unattributed. You recognise them the way a man recognises his own coat on someone else. Reshetov remarks, drily, that a commander whose sentences appear in a diplomatic document without his name has been either honoured or noted. You initial the draft "seen, no objection", and you put Voroshilov's remark about being right away in the part of your memory where you keep such things.
-
# codex: molotov_ribbentrop_pact
In August, Moscow chooses. Ribbentrop flies in and signs. On 1 September the Germans go into Poland and Europe is at war. The Far East, for once, is not.
-> sh_11_s0_file

=== sh_11_s0_file
-> checkpoint("chapter") ->
# chapter: SH-11 The Victors' File
# date: October 1939 – March 1940
# place: Moscow
# map: moscow
# music: tension
{ nomonhan_1938:
    Victories have a half-life in Moscow. Nomonhan was a year ago. The newspapers have forgotten it; the NKVD has not. That winter its investigators open a case on what they call the Nomonhan group: the commanders of the September battle, their staffs, their friends. At the centre of the case is Zhukov.
- else:
    That winter the NKVD reopens the Far Eastern files. The men who led at Khasan, the men they promoted, the men they vouched for. {zhukov_fate == "rising": Among the names is your deputy, Zhukov, and among his sins is that you asked for him.|Among the names is a cavalry commander from Minsk called Zhukov, whose associates were arrested in 1937 and whose name you last saw on a personnel list.}
}

{ zhukov_file >= 20:
    You know the case has a foundation, because you helped lay it. Your own report is in the file, dated and signed. The investigators are polite to you about it.
}

You are summoned to an office in the Lubyanka, and offered tea, and asked to help the investigation understand Komdiv Zhukov.

* [Defend him: he is a commander the Red Army cannot spare.]
    ~ change_nkvd(15)
    ~ change_zhukov_file(-10)
    ~ change_stalin(5)
    You tell the investigator what you would tell the Politburo: that Zhukov is rude, ruthless and the best commander of armour the Soviet Union has, and that if there is a war with Germany the country will need him more than it needs this file.
    The investigator writes down every word. He asks you how long you have admired Komdiv Zhukov. He asks whether you discussed politics with him. You drink your tea. You walk out of the building at four in the afternoon, and the sunlight is so bright you have to stop on the steps.
    That night, in your room at the Moskva hotel, you sit by the window over a glass of tea gone cold and listen to the lift in the corridor. It stops on another floor, and its doors close, and the hotel is quiet again. You do not undress until it has been quiet for an hour.
    A week later Voroshilov asks you to dinner and, over the fish, tells you that the protocol of your interview went higher than the investigator. The Boss read it, and said of your answer that at least one man in the Far East knows what a commander is worth. Voroshilov repeats it twice, as if he could not believe it either. It is not safety. It is a sentence in a file that is not the NKVD's.
* [Say nothing of substance: you served with him, he did his duty.]
    ~ change_zhukov_file(10)
    ~ change_nkvd(5)
    You answer every question and say nothing. He did his duty. You had no political conversations with him. His methods were his own.
    It is the answer that every sensible man gives, and you know where it leads: others will say more, and the file will grow without you. It does.
    The interview lasts two hours and ten minutes; you know because the investigator writes the time at the head and foot of the protocol in a small, neat hand. He reads it back to you. Every sentence in it is true, and none of them is about anything. At the foot of the last page, before you sign, he adds a line of his own, that the witness showed reticence, and turns the page so that you can read it. You sign each page at the bottom, as required, and he blots your signature with a rocker blotter and thanks you for your cooperation.
    On the stairs going down you pass a colonel you knew at Khasan, going up, between two escorts. He does not look at you, and you do not look at him. Both of you are being careful, and only one of you is still allowed to be.
* [Give them what they ask for: his conduct, his contempt for orders, his friends.]
    ~ change_nkvd(-10)
    ~ change_zhukov_file(20)
    ~ change_supply(-10)
    ~ zhukov_fate = "sidelined"
    You tell them. The sackings; the threats; the orders rewritten; the old friends from the cavalry who turned out to be enemies. You do not lie. The truth, once an investigator has put it in his order, serves the purpose.
    The investigator thanks you. At the door he shakes your hand and holds it a moment too long, and you understand that the gratitude of this building is a kind of inventory.
    The protocol runs to nine pages. The investigator reads it back to you in a flat voice, and you hear your own sentences arranged in an order you did not give them: the sackings lead to the threats, the threats to the friends, and the friends to something that has no name in the protocol yet. You could ask him to change the order. You sign each page at the foot instead.
    Outside, the trams are running round Dzerzhinsky Square as they run every day. You walk to the Metro rather than take your car, because for a quarter of an hour you do not want to be driven anywhere by anyone.
    The case your sentences feed does not stop at Zhukov. Through the winter the investigators work outward from him, to his staff and then to the staffs that supplied his: two colonels of the rear services who ran the railheads in the Nomonhan autumn are taken in January, and the Front's own chief of transport in February. Their replacements do not know where the fuel is. You sign the new appointments, and the depot returns that spring are a month late.
-
{ zhukov_file >= 40:
    ~ zhukov_fate = "executed"
    Zhukov is arrested in March 1940. He does not confess for eleven weeks, which is longer than most. He is shot in the summer, with several other commanders of the Nomonhan battle, and his name is removed from the histories of it.
- else:
    { zhukov_fate == "rising":
        The case against Zhukov is closed in the spring, for reasons nobody explains. He is given a district. In June 1940 he becomes a general of the army.
    - else:
        The case against Zhukov is closed in the spring, for reasons nobody explains. He stays where he is, one capable general among many, and the Red Army goes on not knowing what it has.
    }
}
-> sh_12_otl_posting

// ═════════════════════════════════════════════════════════════════════════════
// The 1941 Reckoning (scripted)
// ═════════════════════════════════════════════════════════════════════════════

=== sh_reckoning
# date: April – June 1941
# place: Moscow
# map: moscow
# music: elegy
# sfx: telephone
{ tl != "S0" && not manchuria_war:
    # codex: neutrality_pact_1941
    In April 1941 the Japanese foreign minister, Matsuoka, comes to Moscow on his way home from Berlin and signs a treaty of neutrality with Molotov. Stalin sees him off at the station himself, which nobody can remember him doing for anyone.
}

Then, in the spring, the arrests reach the aviators.

It has a name among the investigators, you learn later: the case of the aviators. It does not need a name among the people it touches. Engineers from the design bureaus go first, then commanders from the air districts, men whose only common feature, when you lay their files side by side, is that most of them went to Spain. The Special Department asks for the service files of Smushkevich and of Rychagov. Both still come to work in the mornings, and both, you hear, have stopped using the telephone.

{ distanced_spain:
    You did not answer their letters. You were inspecting batteries in the Baltic. You were already in your coat. None of that makes you invisible. It makes you a little harder to see, and in this spring, a little is what a life is measured in.
    ~ change_nkvd(10)
- else:
    You went to Spain before any of them. You were the chief military adviser; you signed their recommendations; you drank with them in Madrid and Valencia. In every file they open, your name is somewhere on the first page.
    ~ change_nkvd(25)
}

{sh_mukden_plan: The investigators ask the General Staff for your appreciation of August 1939, the one that asked for Hailar and Mukden and moved the bridging toward a border Moscow had forbidden you to cross. A friend on the Staff tells you that the request came with its own heading already typed: an attempt to provoke war with Japan.}
{ manchuria_war:
    Your war in Manchuria is two years old. {mukden_taken: The Red Army holds Mukden and the newspapers still print your photograph.|The front is frozen south of Harbin and the newspapers no longer print your photograph.}
}
{ zhukov_fate == "executed":
    Zhukov is a year dead. When the investigators talk about the Nomonhan group, they talk about it in the past tense, and sometimes they look at you as if you were a sentence they have not finished.
}

The Germans are massing on the western border. Everybody knows it except the people whose job is to know it. In June, the telephone rings.
-> checkpoint("final")
