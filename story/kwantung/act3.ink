// ─────────────────────────────────────────────────────────────────────────────
// Kwantung campaign — Act III (September 1939 – 1941; S1: summer 1939;
// S0: 1939–1941 after the 1938 settlement).
// Entry: kwantung_act3. Exit: -> checkpoint("final").
// ─────────────────────────────────────────────────────────────────────────────

=== kwantung_act3
// The last option of Act II ends here: the HUD credits it with its own effects
// only, and an ending it brought on fires before the settling washes it out.
-> checkpoint("act2") ->
~ act_settle()
{ tl == "S0":
    -> kw_10s_line_on_the_map
}
{ tl == "S1":
    -> kw_10_harbin_cauldron
}
-> kw_10_save_face

// Between Act II and Act III: what act_settle() did, told in the operations
// section's idiom. Called after the chapter tag of each first scene of Act III.
=== kw_act3_settled
{ meters_moved():
    The section clears its desks of the year's telegrams, and what survives the stove is the estimate: who in Tokyo still listens, how much the Russians will swallow, how many lorries run. A staff officer is meant to think in numbers, and numbers are always rounder than the men they stand for. Nobody in Hsinking says the word retreat. They say the situation has been clarified. {casualties_moved(): The Medical Bureau sends its corrections in a thin envelope: more dead than the field returns said, never fewer.}
    Chalked on the section's board: {changes_since_mark()}.
}
~ forget_mark()
->->

// ══════════════════════════════ OTL: 1939–1941 ═══════════════════════════════

=== kw_10_save_face
-> checkpoint("chapter") ->
# chapter: KW-10 Save Face
# date: 31 August – 16 September 1939
# place: Hsinking
# map: khalkhin_gol
# front: encirclement
# music: elegy
# sfx: telegraph
-> kw_act3_settled ->
The 23rd Division no longer exists. Its regiments are names on a list, and the list is long: the official count will reach more than eight thousand killed and nearly as many wounded before anyone dares to add it up. Survivors come back to Hailar on foot, in twos and threes, some without their rifles.

Komatsubara came out of the pocket alive. Many of his officers did not.

On 23 August, while the encirclement was closing, Germany signed a pact with the Soviet Union. The ally the Army had courted for three years has made friends with the enemy the Army exists to fight.
# codex: molotov_ribbentrop_pact

The operations section wants revenge. Fresh divisions are coming up from the south, and heavy artillery at last. Tsuji has a plan for a new offensive in September that will, he says, restore the Army's honour before the world notices it has been lost. Isogai half listens. Ueda signs nothing yet.

{cas_jpn <= 12: Fewer names than there might have been. Whole battalions walked out of the trap in August because somebody in Hsinking had doubted the plan in time, and the Army, battered, still believes in itself.}
{forged_orders: In Tokyo there is a file on the officer who answered the General Staff under his own seal. Everybody in the building knows whose name is on it.}

Tokyo wants a ceasefire. Tokyo wants it very badly.

* [Push for the revenge offensive with the fresh divisions.]
    You write the plan with Tsuji, in the same room, at the same speed. Two fresh divisions, the heavy guns, the air force unleashed. The enemy is tired, the enemy is at the end of his railway, the enemy cannot do twice what he did once.
    You believe about half of it. The other half you write because the room needs it written.
    Tokyo's answer is an order, not a telegram: no offensive. A senior officer of the General Staff comes to Hsinking himself to make sure it is read.
    ~ change_leash(-25)
    ~ change_stalin(-20)
    ~ change_north(10)
    { stalin <= 20:
        -> kw_10b_autumn_war
    }
    Moscow, busy in Poland, does not take the bait. On 15 September the ceasefire is signed in Moscow anyway, effective the next day, and your plan goes into a drawer with the others.
    It does not stay there quietly. Copies go round the War Ministry in the autumn as proof that the Kwantung Army was robbed of its revenge, not beaten, and men who had begun to look south read it and look north again. The plan is dead. The dream it was written for is not.
* [Accept the ceasefire of 15/16 September.]
    You tell Isogai that the fresh divisions would be fed to the same guns on the same grass, and that the Army has nothing to gain west of Nomonhan but more names for the list.
    On 15 September the ceasefire is signed in Moscow, effective the next day. The line stays where the Soviets put it.
    Within weeks the men who ran the summer are gone from Hsinking, and so are you: a train south, and a desk in Tokyo where men look at you as if you had something catching.
    The ceasefire buries more than the 23rd Division. In Tokyo an army that accepts the Soviet line on the Halha is an army that has stopped talking about Siberia, and the northern studies you once read as scripture go down to the archive in the basement of the War Ministry.
    ~ change_leash(15)
    ~ change_north(-10)
    On the day the ceasefire takes effect you are at Hailar to meet the last train of wounded. They lie on straw in goods wagons, their field tags fluttering in the wind off the steppe. A private of the 23rd Division with both feet bandaged asks you whether it is true that the war is over. You tell him the incident is closed. He repeats the word incident slowly, as if it were a foreign word, and turns his face to the wagon wall.
* [Turn your energy south: there is nothing left to win here.]
    You stop arguing about Nomonhan. You start reading about oil: where it is, who owns it, how far it is from a Japanese port. You read about rubber and tin and the Dutch.
    The ceasefire is signed on 15 September. You barely look up from your new files.
    When the section is broken up and you are posted away, you take the files with you.
    ~ change_north(-20)
    ~ change_leash(10)
    ~ change_diplo(5)
    The files come from the Navy's liaison office in a bundle tied with string of the wrong colour, and you read them at your desk while the rest of the section drafts Tsuji's offensive two metres away. Oil production of the Netherlands Indies, field by field. The depth of the harbour at Singapore. Tsuji sees the titles over your shoulder and asks, not kindly, whether you have enlisted in the Navy. You tell him you have enlisted in arithmetic.
    On the wall map the ground the 23rd Division lost is still shaded in pencil. You stop looking at it. It is easier, you find, to plan a war that has not yet killed anyone.
    Tokyo likes an officer who stops arguing about a lost battle, and says so with a posting to the General Staff. In the new year a counsellor of the Foreign Ministry's South Seas bureau borrows your tables on the oil of the Indies for his talks with the Dutch, and returns them with a note of thanks: the first time a diplomat has thanked you for anything.
-
-> kw_11_the_pact

=== kw_10b_autumn_war
# chapter: KW-10b The Autumn War
# date: October–December 1939
# place: Hailar
# map: manchuria
# music: battle
# sfx: artillery
Moscow does take the bait. Poland is finished in a few weeks, and Stalin's eyes come back east with nothing to distract them.

The ceasefire talks stop. In October the Soviet forces on the Halha cross the old line, not towards Nomonhan this time but past it, towards Hailar and the railway. A second Soviet force comes out of the Gobi towards the south-west of Manchukuo. The fresh divisions you wanted for revenge are standing where the Soviet plan needs them to stand.

By December the Kwantung Army's northern forces are caught between the two, around Hailar and back along the railway to Harbin. They hold, as they were taught to hold, and they die where they hold.
~ tl = "S1"
~ harbin_pocket = true
~ add_cas_jpn(40)

At Pingfang, south of Harbin, the men of Ishii's unit blow up what they can and kill the prisoners who are left. They do not finish. Soviet troops find the compound half standing, with the bodies still in it, and Moscow lets the foreign press in.
# codex: pingfang
# codex: unit_731
~ unit731_exposed = true
~ change_opinion(-25)

You sign nothing in those weeks but casualty returns. There are more names than there were in August, and you know every plan they died for, because you wrote it.

# sfx: radio
# codex: hiranuma
The questions you expected to argue about never reach you. Hiranuma's cabinet fell in August over the pact with Berlin; the seminars in Tokyo on what went wrong at Nomonhan, where a Kwantung officer who saw the trucks might have been asked to speak, are never held, because Nomonhan has become the first battle of a war and nobody convenes a seminar on a war still being lost. The Navy's men stop arguing for the south. There is no south to argue for while the Army's own railway is burning. The quarrel between Strike North and Strike South, which the staff colleges were to have fought out over two years and an Imperial Conference was to have settled, is settled for them in one winter by the Red Army: the north has struck Japan. Gekokujō did this. The Imperial will, which the revenge plan claimed to serve, was never asked, and now it has nothing left to choose between.

On the last night of the year a signal from Tokyo asks the operations section for a list of officers fit for a staff in Korea. You write the names in order of seniority. Yours is on it.
-> checkpoint("final")

=== kw_11_the_pact
-> checkpoint("chapter") ->
# chapter: KW-11 The Pact
# date: September–October 1939
# place: Tokyo
# map: europe
# music: council
# sfx: radio
# codex: hiranuma
Hiranuma Kiichirō's cabinet resigned on 28 August, five days after the pact. For months it had argued over an alliance with Berlin; Berlin settled the argument by signing with Moscow instead. General Abe Nobuyuki has the government now, and nobody expects him to keep it long.

In Tokyo the Army holds seminars on what went wrong. You are invited to one, because you were there, and because someone thinks a Kwantung officer who saw the trucks ought to say so.
{underestimate: You say so. It is the hardest thing you have said in public: that the Red Army you called hollow brought some fifty thousand men, nearly five hundred tanks and some four thousand trucks across hundreds of kilometres of steppe from the nearest railway, and beat you.}

The room divides quickly. One side wants the lesson to be: prepare better, and go north again when Germany and Russia fall out, as they must. The other side says Berlin has shown what its word is worth, the Navy has been right all along, and the oil is in the south.

* [Argue for revenge on the Soviets anyway, when the time comes.]
    You tell the seminar that Nomonhan was a border incident lost by a single division, not a war lost by an army. Give the Kwantung Army tanks, shells and trucks, and the next time will be different.
    Some of the younger officers nod. An older colonel from the General Staff asks, quietly, whether you have learned anything at all. You do not answer him. He looks at you as the War College instructors looked at a cadet who had mistaken seishin for arithmetic, and turns to the next speaker.
    ~ change_north(5)
    ~ change_leash(-10)
    Afterwards, in the corridor, two of the younger officers ask you for the address of the Kwantung Army's staff college and whether there is a waiting list. You give it to them. One of them has a brother in the 23rd Division, he tells you proudly, and has not heard from him since August.
* [Argue that Berlin can't be trusted: look south.]
    You tell the seminar what you saw: an enemy with a railway behind it, fuel to waste, and the will to spend it. Japan cannot fight that army and China at once, and Berlin will not help.
    The south has oil, and the men who hold it are busy with Germany. You do not need to finish the argument. The Navy men in the room finish it for you.
    ~ change_north(-10)
    Afterwards a Navy captain catches you on the stairs and offers you a cigarette and a card with an address in Kasumigaseki. The Navy, he says, could use an Army officer who has seen what a modern army does to a brave one.
    You take the card. On the tram home you turn it over and over in your fingers and think of the Halha: the trucks nobody believed in, the men who came back to Hailar on foot, the single bridge. You wonder whether the war in the south will have its own Halha, and whether anyone in the room today will see the trucks in time, or whether you have only changed the direction in which the Army will refuse to look.
-
-> kw_12_north_or_south

=== kw_12_north_or_south
-> checkpoint("chapter") ->
# chapter: KW-12 North Wind or South Wind
# date: 22 June – July 1941
# place: Tokyo
# map: far_east
# music: council
# sfx: radio
On 22 June 1941 Germany invades the Soviet Union.

By then Japan has signed a pact with Berlin and Rome, and, in April, a neutrality pact with Moscow, for five years. Foreign Minister Matsuoka, who signed it, now argues in the same breath for going north at once.
# codex: neutrality_pact_1941
# codex: matsuoka

On 2 July the Imperial Conference meets. It does not decide for war with the Soviet Union. It decides to prepare for one and to go on preparing for the south, and to see which way the war in Russia breaks.

The preparation has a name: Kwantung Army Special Manoeuvres, Kantokuen. The plan on your desk calls for twenty-two divisions, readiness by 5 September, war from the 10th, and the first phase in the Maritime Province finished by 15 October. It assumes half of the Soviet Far Eastern divisions will go west to fight the Germans, and that a Soviet division is worth three quarters of a Japanese one.
# codex: kantokuen

You have been called back to Hsinking to help write it. You read the assumptions twice, then a third time, the way a quartermaster reads a bill he suspects.
{leash >= 0: In Tokyo your name has a certain weight now: the Kwantung officer who obeyed when it mattered and said what he saw. If you argue, men will listen.|In Tokyo your name is filed with the Kwantung Army's other telegrams. Whatever you argue, Tokyo will hear Hsinking arguing again.}
{cas_jpn > 12: Everybody on the staff remembers Nomonhan. The German ambassador in Tokyo reports to Berlin that its memory weighs heavily on the Army, and most of all on the Kwantung Army. He is right.}
{cas_jpn <= 12: The Kwantung Army came out of the Halha battered but not broken. It still believes in itself. That belief is either its strength or the most dangerous thing in the room.}

* [Lobby for war in September.]
    ~ change_stalin(-10)
    { leash >= 0:
        Tokyo listens to you. You are the Kwantung officer who obeyed when it mattered, who saw the trucks before anyone else and said so. When you say that this time the enemy is fighting for his life in the west, men who have never trusted Hsinking read it twice.
        The Army General Staff takes your paper to the Cabinet. Slowly, against the Navy, against half the Foreign Ministry, Kantokuen becomes an order with a date on it.
        ~ change_north(20)
        ~ kantokuen = true
        The order reaches Hsinking on a Saturday night with the War Minister's seal on it, and the operations section works until dawn. Railway timetables go up on the walls in long paper strips; clerks pin ammunition tables beside them. A young captain from the railway section stops you in the corridor and asks, very correctly, whether it is true that this time Tokyo wants it. You tell him it is true. He bows, and his face shines, and you understand that in all your years in this building you have never before been able to give anyone that answer.
    - else:
        You write the paper and nobody reads it. In Tokyo, a Kwantung officer's case for a war in the north sounds exactly like every Kwantung officer's case for every war since 1931. The General Staff thanks you for your views.
        The troops go on arriving in Manchuria all summer. They wait for an order that never comes.
        ~ change_north(5)
        In September your paper comes back to you from Tokyo with the General Staff's covering note clipped to its first page: three courteous lines, initialled by a major you have never met. Someone has corrected one of your figures in red ink, the number of Soviet divisions gone west, and corrected it downward. You put it in the file. From your window you watch a troop train unloading at Hsinking station, men who have come a thousand miles to sit on the border and wait, and you think that the Imperial will has never been so patient with anyone as it is with the Russians.
    }
    Whatever Tokyo decides, your paper has been read in one more capital than you meant. The Soviet embassy in Tokyo has friends, and by August the intelligence section reports that the Far Eastern divisions Moscow meant to send west are staying where they are. Moscow has heard a Kwantung officer ask for war, and it believes him.
* [Back the southern advance.]
    You say what the seminar in 1939 said: the oil is in the south, and the Americans are the danger, and the Russians can wait. Japanese troops go into southern Indochina in July. The Americans freeze Japanese assets and cut off the oil.
    From then on there is only one clock, and it points south.
    ~ change_north(-15)
    The news of the American freeze reaches the operations section in Hsinking on a half-sheet from the wireless room. The officers at the long table pass it from hand to hand and nobody reads it aloud. Someone opens a window. From the avenue come the sounds of a Hsinking summer evening: the tram bells, the cicadas in the caged trees, a vendor calling.
    On the table the Kantokuen files are still open. The divisions they call for will come to Manchuria anyway, and sit on the border through the winter, guarding the back door of a war to be fought on the far side of the world, against an enemy whose oil you have just agreed to need.
* [Wait until Moscow falls, then strike.]
    You argue the persimmon: wait until the fruit is ripe and falls by itself. When the Germans take Moscow, when the Siberian divisions have gone west, then the Kwantung Army can walk into the Maritime Province.
    The Germans do not take Moscow. By the autumn the Siberian divisions are going west, and the Army's eyes are already turned south.
    ~ change_north(5)
    ~ change_supply(-5)
    All autumn the section keeps a map of European Russia beside the map of the Far East, and each morning a lieutenant moves the pins according to the German communiqués. The pins move fast in July, more slowly in September, and in October they stop some way short of Moscow.
    On the other map the red pins of the Siberian divisions come off the board one by one as the reports say they have entrained for the west. You watch the persimmon ripen on the wrong branch. In December, for the first time, the lieutenant moves the German pins backwards, and the divisions that waited all summer on the Manchurian border are still waiting, in the snow, for a fruit that will not fall. Waiting is not free. Seven hundred thousand men eat, burn coal and wear out lorries whether they march or not, and the quartermasters' returns for the winter are the worst the Kwantung Army has ever signed.
-
-> checkpoint("final")

// ═══════════════════════════ S1: summer 1939 ════════════════════════════════

=== kw_10_harbin_cauldron
-> checkpoint("chapter") ->
# chapter: KW-10 The Harbin Cauldron
# date: July–August 1939
# place: Harbin
# map: manchuria
# music: battle
# sfx: artillery
-> kw_act3_settled ->
After April nobody in Tokyo speaks of a border incident any more. All through May and June the trains ran east on the Trans-Siberian, and Japan did something it had not done since 1937: it went onto the defensive in China, and brought armour and aircraft north.

It was not enough. In July the Soviet offensive comes in two pincers: one from the north, across the Amur and down from the Halha, and one out of the Gobi and Inner Mongolia, aimed at the heart of Manchukuo. Their meeting point, on every captured map, is Harbin.
# codex: harbin

The army that beat the 23rd Division in April was already large: sixty thousand men, five hundred and fifty tanks, three hundred aircraft, all of it brought to the Halha on a single railway. The army coming now is larger, and Shtern has had three months to train it. The reports say he has spent them drilling the raw divisions the railway brought him, so that the men who come across this summer will not repeat the mistakes of Changkufeng.

More than ten Japanese divisions stand between the pincers. The operations section wants them to stand there. The Army does not retreat; the Army has never retreated. Ueda says so. Isogai says so. Tsuji says so loudest.

The arithmetic on your desk says something else. {supply >= 50: The depots are full enough for one hard blow, but not for a siege.|The trains from Korea are running at half the tonnage the divisions need, and the depots are already scraped thin.}

* [Stand at Harbin.]
    You draw the line where the Army wants it drawn, around Harbin, and you fill it with divisions.
    The pincers meet behind it in August. The Kwantung Army fights as it was taught, from every cellar and railway cutting, and it holds until 15 August, long enough to wreck the Soviet timetable for the year. Then it stops holding.
    More than ten divisions. You try to add up the dead and cannot.
    ~ add_cas_jpn(60)
    ~ harbin_pocket = true
    In the last days before the lines close you go out to the railway bridge over the Sungari. Engineers are wiring it for demolition, while across it, going the other way, come the refugees: Russian émigrés, Chinese families, Japanese settlers with their bedding on their backs.
    An old Russian woman in a black shawl stops you and asks, in careful Japanese, whether the Bolsheviks are really coming. You tell her the Kwantung Army will hold. She thanks you with a little bow and keeps walking south, faster than before. She has watched one army promise to hold a city against the Bolsheviks already, twenty years ago, and she has learned what the promise is worth.
* [Fall back to a line covering Mukden and the Korean border.]
    # codex: mukden
    You argue for the unthinkable: give up the north. Pull the divisions back to a line that covers Mukden and the approaches to Korea, where the railways are Japanese and the Soviet ones are long.
    Tsuji calls you a defeatist in front of Ueda. Ueda, for once, does not sign what is put before him until he has read it twice. Then he signs yours.
    The withdrawal costs rearguards, and it costs the Army something it has never had to spend before. But the divisions come out. The Soviet pincers close on an empty city, and their timetable slips by weeks they do not have before winter.
    ~ add_cas_jpn(15)
    ~ change_leash(5)
    ~ change_stalin(10)
    ~ change_north(-10)
    ~ soviet_delay = true
    On the first night of the withdrawal you stand on the platform at Hsinking and count the trains going south by their lamps. Each one is a regiment that will not die at Harbin. None of them will thank you. The Army has no word for what you have done, except the one Tsuji used. In Tokyo the map of Manchukuo with its northern half shaded red is passed round the War Ministry, and the men who dreamed of Siberia for thirty years look at it and stop dreaming aloud.
* [Counter-attack the Gobi pincer's supply lines.]
    You want to hit the southern pincer where it is weakest: at the end of its long road across the desert, where every shell and every litre of fuel has come a thousand kilometres by truck.
    { supply >= 50:
        The strike works. Your columns cut the Soviet road in two places and burn the fuel dumps behind it, and what they cannot burn they drive home. The Gobi pincer stops for three weeks, short of its meeting point, and the divisions around Harbin use the time to slip south. It is the first blow the Army has landed since March, and Tokyo's northern men, who had gone quiet, print it in every newspaper that will take it.
        ~ soviet_delay = true
        ~ change_supply(-5)
        ~ change_north(5)
    - else:
        The strike has no fuel to reach its target. Half the columns stop in the sand; the rest are found by Soviet aircraft. The Gobi pincer rolls on, and the divisions around Harbin are caught with their transport gone.
        ~ harbin_pocket = true
        ~ change_supply(-15)
    }
    ~ add_cas_jpn(20)
    You see the columns off yourself from the railhead in the west: lorries already yellow with dust, fuel drums lashed three high, the drivers with goggles pushed up on their caps and towels round their necks. The captain leading the first company tells you cheerfully that a road a thousand kilometres long must be thin somewhere. You tell him to find the place, and you watch the dust of his column until the wind takes it.
-
-> kw_11_karafuto

=== kw_11_karafuto
-> checkpoint("chapter") ->
# chapter: KW-11 The Karafuto Gambit
# date: early August 1939
# place: Hsinking
# map: sakhalin
# music: council
# sfx: radio
The Navy has a plan, and for once the Army listens. Admiral Yamamoto's people want to strike where the Soviets are weakest and Japan is strongest: at sea. North Sakhalin, the Soviet half of the island, hangs off the Siberian coast, supplied across water the Imperial Navy controls.
# codex: sakhalin

The idea is old. Take North Sakhalin. Destroy the Soviet Pacific Fleet if it comes out of Vladivostok. Then, before winter, offer the island back in exchange for a Soviet withdrawal from Manchuria.
{harbin_pocket: With the divisions gone at Harbin, the plan is less a gambit than a last card.}

The Army has to decide whether to lend the Navy its landing troops and its blessing, or to ask for the Navy's aircraft over Manchuria instead.

* [Take North Sakhalin, and offer it back for a Soviet withdrawal.]
    You put the Army's name to the Navy's plan. The landing troops begin loading in the ports of Karafuto, the Japanese half of the island, and the fleet sails to cut the Soviet half off from the mainland.
    Everyone in the room knows the Soviet garrison will fight; everyone knows the island cannot be held against the Imperial Navy for long. The Navy promises it by the first days of September.
    The offer is drafted before the first shot: North Sakhalin back, whole, in exchange for a Soviet withdrawal from Manchuria. You write the paragraph about the railway yourself.
    ~ change_diplo(10)
    ~ add_cas_jpn(5)
    ~ sakhalin_taken = true
    The night the transports sail you stand on a quay in Karafuto and watch the soldiers go up the gangways in the rain, with their packs and their rifles and the paper charms their mothers sewed into their belts. The bargain is clever. The men carrying it are nineteen.
* [Use the Navy's aircraft over the mainland instead.]
    You ask for the carriers' aircraft over Manchuria, over the Soviet columns and the railway bridges. The Navy grumbles and sends them.
    The Soviet columns on the long roads learn what it is to be watched from the air. North Sakhalin stays Soviet, and Japan has nothing to bargain with but time. The Foreign Ministry, which had drafted its offer of the island before the Navy sailed, puts the draft away.
    ~ change_supply(10)
    ~ change_diplo(-5)
    The first carrier squadrons fly into the airfields around Mukden in the second week of August. Their pilots salute like sailors and land, the Army ground crews admit with grudging wonder, like men used to landing on ships. Their commander, a lieutenant commander younger than you, asks for maps and is given the Army's, which are wrong in the ways he expects.
    Within a week the Soviet columns on the Gobi road move only at night. The Army's own pilots, who have lost most of their machines since April, watch the sailors take off with an expression you know well. It is the way Tokyo looks at Hsinking.
-
-> kw_12_pingfang_ashes

=== kw_12_pingfang_ashes
-> checkpoint("chapter") ->
# chapter: KW-12 Pingfang Ashes
# date: 14–15 August 1939
# place: Pingfang
# map: manchuria
# music: elegy
# sfx: wind
Some twenty-four kilometres south of Harbin there is a compound with more than a hundred and fifty buildings, a railway spur, an airfield and a chimney. Its sign calls it the Epidemic Prevention and Water Purification Department. Everyone in the operations section knows it as Ishii's unit, and everyone in the operations section has avoided knowing more.
# codex: pingfang
# codex: unit_731
# codex: ishii

You know more now, because the order to evacuate it has come to your desk. Inside the compound there are prisoners: Chinese, Korean, Russian. They are called logs. They have been infected, frozen, cut open. This spring, on Ueda's orders, men of the unit went to Hailar, and there are reports in the files that they poured cultures into the Halha.

The Soviet columns are two days away. Surgeon Colonel Ishii Shirō wants trains, explosives and time. The Army wants none of it ever to have existed.

There is no choice here that saves the people inside. There is only a choice about what the world will be told.
{supply < 40: Ishii's list is long, and the railway section's returns lie beside it: every train and every lorry north of Hsinking is already carrying divisions south, and the engineers are blowing bridges behind them. A destruction done thoroughly and in time would need trains, explosives and three days that the Army no longer has to give. Whatever Pingfang becomes, it will not be made to vanish.}

* [Order a hasty destruction with what can be spared.]
    You give the unit what can be spared: a few trucks, some engineers, a day. The unit uses the day the way such units do. The prisoners are shot. The scientists who know the most take cyanide or are made to. The buildings are half blown and the papers half burnt when the Soviet tanks come up the spur.
    What survives is enough. The world will learn most of it.
    ~ change_opinion(-10)
    You see it carried out only on paper: a railway timetable amended in your hand, an allocation of lorries, the word destruction in a column headed purpose. Late on the second night the telephone from Pingfang rings, and an engineer lieutenant asks whether he may use the furnace for what cannot be buried in time. You tell him to follow the unit's instructions.
    He says yes, sir, and does not put the receiver down at once. You hear the wind on his end of the line. Then he does.
* {supply >= 40} [Destroy it thoroughly and in time.]
    You give Ishii everything he asks for: engineers, explosives, trains, three days, and the silence of the Kwantung Army.
    Thoroughly means no witnesses. Every prisoner still alive in the compound is killed. The bodies are burned in the compound's own furnace, and the ashes go into the Sungari. The buildings are blown to rubble, the papers burned, the staff and their families sent south on sealed trains with orders never to speak.
    When the Soviet troops arrive they find craters, a chimney and a smell. There is nothing to show the journalists.
    It keeps Japan's bargaining position alive, you write in the covering minute. It does. It is also a crime laid on top of a crime, and your signature is on the train orders.
    The trains Ishii takes are the trains the rearguard north of Harbin was to have used. Two battalions walk south instead, and leave their guns at the roadside when the horses give out. The railway section enters the loss in its returns as a transport deficiency, which is one way of writing it.
    ~ unit731_destroyed = true
    ~ change_supply(-10)
* [Leave it. Give Ishii nothing.]
    You refuse the trains and the explosives. The Army, you write across Ishii's requisition, will not spend its last transport hiding his work.
    The unit tries anyway, with what it has. It kills most of the prisoners in the last night, and it does not have time to hide them. The Soviet troops find the compound almost whole, the bodies still in the yards.
    Moscow brings in Western journalists and gives them full access. The photographs go round the world in a week. Tokyo denies everything. Investors and shipping lines do not wait for the denial.
    ~ unit731_exposed = true
    ~ change_opinion(-25)
    ~ change_diplo(-15)
    You read the first of the photographs in a neutral newspaper a week later, in the mess, at breakfast. Nobody at the table speaks. Someone turns the page.
-
-> checkpoint("final")

// ═════════════════════ S0: the road south, 1939–1941 ═════════════════════════

=== kw_10s_line_on_the_map
-> checkpoint("chapter") ->
# chapter: KW-10s The Line on the Map
# date: spring 1939
# place: Harbin
# map: manchuria
# music: council
-> kw_act3_settled ->
The non-aggression pact signed at the end of 1938 has a protocol attached: a mixed commission will walk the border from the Tumen to the Mongolian steppe and agree, post by post, where the line runs. You are named to it, as the Kwantung Army's officer who knows the maps.
{nomonhan_1938: On the Mongolian stretch the line runs through graves. The commission's first job there is to exchange the dead.}

Soviet officers sit across the table in the railway hotel at Harbin. They are younger than you expected, and careful, and they check every map reference twice. Their chief has a fresh scar from a Changkufeng shell splinter and does not mention it.

Hsinking has sent you a list of reservations: heights that must not be conceded, villages that must be argued for, a sentence to slip into the protocol that would let the Kwantung Army reopen the question later.

* [Draw the line honestly, post by post, and leave the list in your briefcase.]
    You argue where the maps support you and concede where they do not. The Soviet chief, on the fourth day, concedes a hill he could have kept, and you understand it was a reply.
    The protocol is signed in May. It is dull, exact and unambiguous. Hsinking calls it a surrender of principle. Tokyo calls it a model.
    ~ kw_line_drawn_honestly = true
    ~ change_diplo(5)
    ~ change_stalin(5)
    ~ change_leash(5)
    ~ change_north(-5)
    The hill he gave you is a knoll on the Ussuri stretch with a stone cairn on top and a view into both countries. On the fifth day the commission walks it together, two majors and a pair of surveyors with a chain, and the Soviet chief stops at the cairn, looks at the river for a long moment, and walks on without a word about it. You understand that too.
    When it is over you return Hsinking's list by hand, every page in order, to the staff officer who gave it to you. He receives it as if you were handing back a dead comrade's sword. A border drawn that exactly leaves the northern planners nothing to reopen, and in Hsinking they say so: the Kwantung Army's claim to its own frontier has been signed away by one of its own.
* [Salt the protocol with the Kwantung reservations.]
    You fight for every height on the list and slip the sentence in on the last day, in a clause about the maintenance of boundary posts.
    The Soviet chief reads it, reads it again, and asks for an adjournment. The commission does not meet again until the autumn.
    ~ change_leash(-10)
    ~ change_north(5)
    ~ change_stalin(-5)
    The adjournment gives you the summer. Hsinking sends a congratulatory telegram and a case of Harbin beer. You spend the idle months in the railway hotel writing a memorandum on the clause you planted, showing how it lets a boundary post be moved three hundred metres for maintenance, and then moved again. It is clever work, and it is admired.
    Meanwhile, on the Ussuri stretch, there is no agreed line. In July two patrols meet in the fog and fire on each other, and a Manchukuoan private and a Soviet border guard are buried on either side of a line nobody has drawn. The Soviet chief sends you the report through the commission's secretary, with the clause about boundary posts marked in pencil in the margin.
* [Let the commission grind on; spend the quiet rebuilding the Army's supply.]
    You leave the commission to the diplomats and go over to the Army's transport and railway planners. There is a border with no war on it for the first time in years, and you mean to use it: depots, sidings, motor transport, spares.
    ~ change_supply(10)
    ~ change_north(-5)
    You take an office above the goods yard at Harbin, and for the first time since 1937 the timetables are written for peace. You lengthen the sidings at Hailar, lay a spur to a new fuel depot, and argue for half a year with a colonel in Tokyo over the price of lorry tyres.
    The commission sits on in its hotel, disputes a marsh, and sends you its minutes, which stay in their envelopes. In May the Foreign Ministry's man on the commission writes to ask the Army's view of a hill on the Ussuri. You send him a table showing how many days it would take to reinforce it by rail. He does not write again, and the hill goes to the Russians without the Army's view.
-
-> kw_11s_south_wind

=== kw_11s_south_wind
-> checkpoint("chapter") ->
# chapter: KW-11s South Wind
# date: 1939–1940
# place: Tokyo
# map: far_east
# music: council
# sfx: radio
With a pact on the northern border, Strike North has lost its reason to exist, and the Navy knows it. Every budget meeting in Tokyo is now about oil, rubber and tin, and about the Dutch islands and British Malaya where they are found.
{nomonhan_1938: The Army's own failure at Nomonhan in 1938 is quoted at every one of them. The Kwantung Army fought a modern army on open ground and lost a division. Nobody needs to say it twice.}
{aid_cut: The Soviet aircraft have gone from China. Wuhan has fallen anyway, but the Chinese air force has almost nothing left to fly, and the Army in China says the war there can now be won. It says this every year.}

A colonel from the General Staff offers you a post: a small research section, studying how an army would fight in tropical jungle, on islands, against the British. The men who take such posts now will plan the next war.

Your old friends in Hsinking want you back in the north, where they are quietly drafting plans for the day the pact is torn up.

* [Go south to the research section.]
    You pack your winter uniforms in camphor and never unpack them. The research section works in a hot room with bad fans, on maps of places whose names you learn to spell.
    ~ change_north(-15)
    ~ change_leash(10)
    ~ kw_went_south = true
    The section has eleven officers, a Navy liaison commander who knows Borneo, and a library of British Admiralty charts bought in Shanghai before the war. You study tide tables, malaria, the load a bicycle will carry on a laterite road. In the afternoons the current fails and the fans stop, and the maps curl on the tables.
    One evening you catch yourself measuring the distance from Saigon to Singapore with the same dividers you once used on the Amur, and the habit of your own hand shocks you more than the figure. The men in the north write to you as if you had died. As a northern officer, you have. The General Staff, for its part, treats you as one of its own: your reports go straight to the operations bureau, unread by anyone in Hsinking.
* [Stay in the north and keep the pact working.]
    You turn the post down and stay on the border staff, the unglamorous job of making a pact work: liaison officers, railway agreements, the return of stray cattle and drunken soldiers.
    It is not a path to promotion. It is a path to quiet, which, on that border, is worth more.
    ~ change_stalin(5)
    ~ change_supply(5)
    ~ change_leash(5)
    ~ change_north(-5)
    The work has its own small ceremonies. Every second Thursday you meet your Soviet opposite number at a wooden hut on the Ussuri, a captain of border troops with a gold tooth and a bad cough, and you exchange lists: two cows, a Korean fisherman, a Manchukuoan soldier who walked across drunk after a wedding.
    He gives you Russian cigarettes with cardboard mouthpieces, which make you cough. You give him Japanese ones, which he says taste of paper. In Hsinking your name is mentioned a little less each month. Promotion goes to the officers who are planning wars, and you are planning Thursdays. Every quiet month on the Ussuri is a month's argument against the north, and the northern planners in Hsinking know whose quiet it is.
* [Go back to your friends in Hsinking and the secret northern plans.]
    You tell the colonel you are a northern officer. In Hsinking, Hayama and the others welcome you back, and you spend the winter drafting a war against the country whose signature is on your border protocol.
    ~ change_north(15)
    ~ change_leash(-10)
    ~ change_stalin(-10)
    The planning room is a converted storeroom on the top floor, behind a door marked for the quartermaster, and it is never empty. Hayama has pinned the border protocol to the wall beside the map, so that everyone can see exactly which posts they mean to step over.
    You draft the railway annex: how many trains from Harbin to the Ussuri, how many days. The figures are bad, and you write them better than they are, because a plan that admits its own arithmetic does not get read. At New Year the room drinks to the day the Imperial will is made known. Nobody says which day that will be.
-
-> kw_12s_barbarossa

=== kw_12s_barbarossa
-> checkpoint("chapter") ->
# chapter: KW-12s The Pact and the Persimmon
# date: 22 June – July 1941
# place: Hsinking
# map: far_east
# music: council
# sfx: radio
On 22 June 1941 Germany invades the Soviet Union. Within a week Hsinking is full of men who want to tear up the pact of 1938.

They have an argument and a plan. The argument: the Soviets will never be weaker, the Siberian divisions will go west, and the Army's old dream will never come closer. The plan: Kantokuen, twenty-two divisions, readiness by 5 September, war from the 10th, the Maritime Province taken by mid-October.
# codex: kantokuen

On 2 July the Imperial Conference meets in Tokyo. It does not decide for war in the north. It allows the preparations and keeps the southern road open, and waits to see which way the war in Russia breaks.
{changkufeng_held && not nomonhan_1938: You remember the hill{kw_withdrew_on_schedule:, and the Soviet officer who saluted at the prisoner exchange}. You remember that the pact on the border was bought with a bargain that held.}

* [Lobby to tear up the pact and strike in September.]
    { leash >= 0:
        Tokyo listens, because it is you saying it: the officer who kept the 1938 bargain{kw_line_drawn_honestly:, who drew the line honestly}. If even Kurosawa thinks the time has come, perhaps it has.
        Kantokuen becomes an order with a date on it.
        ~ change_north(20)
        ~ kantokuen = true
    - else:
        You write the paper, and Tokyo files it with all the other Kwantung papers. The troops come to Manchuria anyway and wait.
        ~ change_north(5)
    }
    ~ change_stalin(-10)
    On the evening you send the paper you walk down to the Hsinking station to watch the troop trains come in from Korea. The platforms are full of reservists in new uniforms, men of thirty with wives at home, carrying the paper flags their villages gave them. Some have been told they are going to manoeuvres. An old sergeant tells his section they are going to Siberia and will be home by New Year.
    You stand under the station clock and know that your name is on a paper against a pact Japan signed in 1938, and that most of these men will learn what it says long after you do.
* [Keep the pact and back the southern advance.]
    You argue that a pact Japan breaks in the north will be remembered by every government Japan wants to bargain with in the south. The Army moves into southern Indochina in July. The Americans cut off the oil.
    ~ change_north(-20)
    ~ change_diplo(5)
    In Hsinking the Kantokuen files are tied with string and carried down to the basement by two orderlies, and the men who wrote them watch from the corridor as if at a funeral. Hayama stops at your door and says nothing about the pact, only that he hopes the Navy knows what it is doing.
    At the end of July a Navy liaison officer passing through on his way to Dairen shows you the fuel reserve figure on a slip of paper and then burns the slip in your ashtray. He does not say how long it will last. He does not need to. The clock you argued for has started, and it runs the other way.
* [Keep the pact, and keep the border quiet while the giants fight.]
    You argue for nothing: no war in the north, no adventure in the south, a Manchukuo that watches and waits. It is the least popular paper you have ever written.
    On the border, Soviet and Japanese patrols go on exchanging stray cattle.
    ~ change_stalin(5)
    ~ change_leash(5)
    ~ change_diplo(5)
    ~ change_north(-10)
    The paper goes round the staff with a cover slip that grows a column of seals, each officer initialling it without comment and passing it on as if it smelled. A colonel returns it to you in person to say that a Japanese officer who argues for waiting has mistaken his profession. The northern men in Hsinking take it as their funeral notice, and the War Ministry takes it as leave to stop paying for their manoeuvres.
    On the Ussuri the Soviet post opposite has a new commander, a lieutenant of twenty-two; the old one, he says, has gone west with his regiment. He hands back a strayed cow and a list, and asks in careful phrases from a textbook whether the pact still holds. You tell him it does. You hope you are telling him the truth.
-
// Read for the last time above: no ending recalls how the line was drawn.
~ kw_line_drawn_honestly = false
-> checkpoint("final")
