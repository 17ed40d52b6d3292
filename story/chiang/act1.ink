// ─────────────────────────────────────────────────────────────────────────────
// Chiang Kai-shek — Act I (August 1937 – early 1939): CH-1 … CH-6.
// Entry: chiang_start. Exit: -> checkpoint("act1") -> then -> chiang_act2.
// Timeline S0 opens by a scripted world event (ch_s0_check, July 1938) when
// north >= 60; CH-5 appears only under S0.
// ─────────────────────────────────────────────────────────────────────────────

// Set by CH-1 ("signed" | "held" | "german"); read by later Act I scenes for text
// and by the May 1938 interlude (the German mission's departure). Reset at the end of Act I.
VAR ch_pact = ""
// Set by CH-2 ("soviet" | "paraded" | "chinese" | "mixed"); read by later Act I scenes (whose
// orders the air groups follow) and the spring 1938 interlude. Reset at the end of Act I.
VAR ch_air = ""

// True when the Soviet air groups fly under their own commanders (CH-2 A or D).
=== function soviet_led()
~ return ch_air == "soviet" || ch_air == "paraded"

=== chiang_start
~ setup_chiang()
-> ch_prologue

=== ch_prologue
# date: August 1937
# place: Nanjing
# map: china
# music: title
# codex: chiang
You wake before five, as you always do, and sit for a quarter of an hour with your eyes closed and your hands on your knees. The heat of a Nanjing August is already in the walls. Outside, a sentry coughs and is hushed by his corporal.

Then the diary. The brush, the ink stone, the page that begins the way every page has begun for years: two characters that mean wipe out the humiliation. You have written them through Jinan and Mukden and the loss of the Northeast. You write them again this morning, and under them the date.

The war came in July, at the Marco Polo Bridge outside Beiping. It began as a night exercise and a missing soldier and an argument at a town gate, and it will not end in your lifetime unless you are very patient or very lucky. You have decided to be patient. Luck is for men who have no plan.

Since the middle of the month there has been fighting at Shanghai as well: your best German-trained divisions, the ones you spent a decade building, feeding themselves into the streets and creeks of the city because the world is watching Shanghai and nowhere else. Every morning the casualty returns are longer. Every morning you sign them.

You write in the diary what you write most days in some form. China cannot beat Japan alone. China need not beat Japan alone. China must only not lose, and not be swallowed, until the powers who have quarrels with Tokyo of their own come to blows with it. Britain has Hong Kong and Singapore. America has the Philippines and a fleet. And Russia has a long frontier with Japan's Manchukuo and a longer memory of 1905.

Of the three, Russia is the one that is ready to give. That is the trouble.

# codex: stalin
You have not forgotten 1927, or the Comintern agents in Canton, or your elder son, who went to Moscow to study at fifteen and was kept there for twelve years. He came home only this spring, with a foreign wife and a careful silence about what was done to him. You do not trust Stalin. You do not need to trust him. You need his aircraft.

You close the diary, wash your face in cold water, and go in to be told how many men you lost in the night.
-> ch_01_pact

=== ch_01_pact
-> checkpoint("chapter") ->
# chapter: CH-1 A Pact, Not an Alliance
# date: 21 August 1937
# place: Nanjing
# map: china
# music: council
# sfx: telegraph
The draft lies on your desk in two languages, Chinese and Russian, with the English version clipped behind them for the foreign press. You have read all three. The Russian you cannot read, but you have had it read to you twice, slowly, by a translator you trust and then by one you do not, to see whether they agree.

They agree. That is the problem. The treaty says what it says and nothing more.

# codex: sino_soviet_pact
It is a non-aggression pact. China and the Soviet Union promise not to attack each other, and not to help anyone who attacks the other. That is all. There is no clause of mutual assistance, no promise that a single Soviet soldier will stand beside a Chinese one. For months your envoys have asked Moscow for an alliance. Moscow has answered with this.

Beside the treaty is a second paper, unsigned and unofficial, that matters more. Aircraft. Guns. Trucks. Instructors. Credit to pay for them, to be repaid in goods rather than gold. None of it will be written into the treaty, because Moscow does not want Tokyo to have a document to wave. The arms are offered on a handshake, and the handshake depends on the ink.

Your aide, Captain Deng Yuan, brings tea and stands by the window while you read again. He is twenty-nine and came to you from the Whampoa classes. He is allowed to speak in this room because he says little.

"The Shanghai returns, sir," he says at last. "The Eighty-Eighth Division again."

You nod without looking up. Every day at Shanghai costs you soldiers you cannot replace and aircraft you do not have. Your air force began the war with a few hundred machines of a dozen makes, bought from whoever would sell. Half are gone already.

# codex: korean_deportation
What you cannot know this morning, and will learn only in pieces over the coming months, is that on this same day, in Moscow, the Soviet government has signed another paper. It orders the Korean families of the Soviet Far East removed from the border districts and sent by rail to Central Asia, because a people with cousins under Japanese rule is a people Stalin has decided not to trust. They will be loaded into freight wagons in the autumn, with what they can carry, and many of the old and the very young will not survive the journey or the first winter.

When you do learn of it, you will understand something about the man whose signature you are waiting for. He does not sign treaties out of friendship. He signs them to make his frontier safe, and he makes his frontier safe by whatever means are to hand. China is, this week, one of the means.

You put down your brush. The Soviet ambassador is expecting an answer by evening.

* [Sign and take the arms. A pact is not an alliance, but aircraft are aircraft.]
    ~ ch_pact = "signed"
    ~ change_supply(15)
    ~ change_stalin(10)
    ~ change_autonomy(-5)
    You sign. The ceremony is small and hurried and the newspapers carry it the next day under the Shanghai headlines, where almost nobody reads it.

    Within a week the unofficial paper becomes lists: so many fighters, so many bombers, so many instructors, a route across the deserts of the northwest still to be surveyed. A Soviet colonel with a square face and a good Chinese interpreter comes to your headquarters and asks for maps of every airfield between Lanzhou and Nanjing.

    You give them to him. It is the first thing you have given, and you note it in the diary so that you will remember, later, where the giving began.

    Deng asks, once the colonel has gone, whether the Russians will want something back. You tell him that they already have it: a China that keeps the Japanese army busy a very long way from Vladivostok. For now that is the whole price. You do not expect it to stay the whole price.
* [Hold out for a real alliance. Ask Moscow, loudly, to stand beside China.]
    ~ ch_pact = "held"
    ~ change_stalin(-10)
    ~ change_supply(-10)
    ~ change_north(10)
    You send the ambassador away without an answer and send your envoys back to Moscow with the old request, stated more plainly. A non-aggression pact, they are to say, is what neighbours sign when they expect nothing of each other. China expects something.

    You make sure that the request is not entirely secret. A few sentences find their way to friendly editors in Nanjing and Hankou, and from there to the foreign correspondents, and from there, within days, to the Japanese embassy. If Moscow will not stand beside you willingly, perhaps Tokyo can be made to wonder whether it will.

    Moscow does not like being asked in public. The answer, when it comes, is the same treaty, with a delay attached. The aircraft that were to be counted in September will be counted in October, if the survey of the northwest route goes well, and if China is sensible.

    You sign in the end, ten days late. In Tokyo, the army staff officers who have always said the real enemy is Russia read the newspaper items with interest and file them. Your envoys report that Stalin's people have started to call you difficult. You have been called worse.
* [Sign, but keep the German military mission as a counterweight.]
    ~ ch_pact = "german"
    ~ change_diplo(5)
    ~ change_stalin(-5)
    ~ change_supply(5)
    # codex: german_mission
    You sign, and on the same afternoon you call in the senior German adviser and ask him to stay.

    The German military mission has been in China for a decade. Its officers drilled your best divisions, drew your fortification lines along the Yangzi, and taught your staff to plan like Europeans. Berlin signed a pact against the Comintern with Tokyo last November, and its officers are in an awkward place. You make it less awkward for them: they are instructors, not belligerents, and China pays well.

    Your reasoning is simple. If Moscow's aircraft come with Moscow's advisers, then Berlin's advisers will keep them honest, and each will report the other's mistakes to you. A man with two foreign patrons has a little more room than a man with one.

    The Soviet ambassador hears of it within the day and says nothing, which is a way of saying something. The German ambassador, for his part, begins offering to carry messages to Tokyo, should China ever wish to talk. You thank him and tell him China does not wish to talk. You write in the diary that you said this, and that it was true today.
- -> ch_02_volunteers

=== ch_02_volunteers
-> checkpoint("chapter") ->
# chapter: CH-2 The Volunteers
# date: September–November 1937
# place: Nanjing
# map: china
# music: tension
# sfx: aircraft
# codex: operation_zet
The Russians have a name for it that they do not share with you. Your staff call it the northwest shipment. It is the largest gift of aircraft China has ever been offered, and it comes with men.

{ch_pact == "held":The delay you earned in August has cost you a month. Now the lists arrive at last, a little shorter in tone than before, as if a clerk in Moscow has been told to be correct and nothing more.}
{ch_pact == "german":The Soviet lists arrive on time, but the colonel who brings them asks, politely, which of your airfields the German advisers visit. He would prefer, he says, that his people and theirs do not share a mess.}

# codex: i16
# codex: sb_bomber
The first package is two hundred and twenty-five combat aircraft. Fighters, the stubby I-16 monoplanes and the older I-15 biplanes; SB bombers, fast and twin-engined, faster than most of what Japan flies over China. With them come pilots, mechanics, armourers, radio men, doctors and cooks. They will wear no Soviet uniform. Their machines will carry your white sun on a blue disc. Officially they do not exist.

# codex: xinjiang_route
# codex: lanzhou
The route is the marvel and the weakness of the whole affair. The aircraft are assembled at Alma-Ata, on the Soviet side of the mountains, and flown east across Xinjiang, hop by hop over desert and salt flat, to Lanzhou on the Yellow River. Some fifteen hundred miles, with fuel dumps scratched into the sand and a province at the end of it whose governor listens to Soviet advisers more readily than to you. Trucks and camel trains carry the bombs and spare engines the same way. Nothing comes by sea, where the Japanese navy waits.

# codex: soong_mei_ling
Your wife has sat on the aviation commission since before the war and knows the air force better than most of your generals. In the evening she lays out the question as the Russian colonel put it to her that afternoon. Who will command these groups in the air? Who decides where they fly, and whom they escort, and when they are too tired to fly again?

The Soviet answer is clear. Their own squadron leaders, under their own senior officer, who will coordinate with your staff. Their pilots do not speak Chinese. Their mechanics cannot read your manuals. It is quicker, the colonel said, and war is a matter of quickness.

She agrees that it is quicker. She does not say whether she thinks it is wise. She waits to hear what you think, which is her way of telling you that she has an opinion.

* [Let the Soviet groups fly under their own commanders, quietly. Quickness wins wars.]
    ~ ch_air = "soviet"
    ~ change_supply(20)
    ~ change_stalin(10)
    ~ change_autonomy(-10)
    You agree. The Soviet groups will fly under their own leaders, coordinating with your staff through interpreters. Your own pilots will fly beside them and learn from them, and in time, you tell yourself, the machines and the habits will pass into Chinese hands.

    The first fighters reach Lanzhou in October after a crossing that costs several aircraft to weather and engine failures in the desert. By the end of the year Soviet fighters are over Nanjing and Soviet bombers are striking Japanese airfields and shipping on the Yangzi. The effect on your soldiers is immediate. For the first time since August they look up at the sound of engines with hope.

    Moscow is pleased. The colonel becomes almost warm. The next lists arrive early.

    Only in the quiet does something trouble you. When a Chinese liaison officer tries to send a Soviet squadron to cover a retreat near Wuxi, the squadron's leader says he must first ask his own command. The answer comes back in three hours. The retreat took two.
* [Chinese command of the air groups, with training first. Slower, but yours.]
    ~ ch_air = "chinese"
    ~ change_supply(10)
    ~ change_autonomy(5)
    ~ add_cas_chn(1)
    You thank the colonel and tell him that China will command its own air force. The Soviet volunteers are welcome as instructors and as wingmen, but the orders in the air will be given in Chinese, through your own air staff.

    The colonel takes it badly and then, after a telegram to Moscow, takes it well enough. Fewer of his men will fly combat. More will stand beside training aircraft at Lanzhou and at new schools in the northwest, shouting through interpreters at young Chinese pilots who have never handled a monoplane.

    It is slow and it is costly. Young men crash on landing, and some of them die. The first Chinese squadrons on the new fighters are thrown against veteran Japanese pilots before they are ready, because the war does not wait for the schools. You sign those returns too.

    But when the aircraft fly, they fly where your staff sends them. You write it in the diary with a line under it.
* [Accept the Soviet groups as offered, and court Western aircraft and volunteers as well.]
    ~ ch_air = "mixed"
    ~ change_diplo(10)
    ~ change_stalin(-5)
    ~ change_supply(5)
    You let the Soviet groups fly as the colonel proposes, but you do not stop there. Your wife's people in the aviation commission write to American manufacturers and to the few American and European airmen already in China, offering contracts, ranks and pay for every instructor and every airframe they can find.

    Very few come, and what comes is old. Washington's neutrality laws make every sale nervous and slow, and London has its own rearmament to feed. But the correspondents notice. A foreign volunteer in a Chinese flying jacket makes a better photograph than an unnamed Russian, and the photographs travel.

    Moscow notices too. The colonel asks why China needs Americans when it has Soviet friends. You tell him that China needs everyone. He writes that down.

    It is a small hedge. You have learned that small hedges are the ones you can afford.
* [Let Tokyo see the red stars. Make sure Japan knows whose pilots these are.]
    ~ ch_air = "paraded"
    ~ change_supply(20)
    ~ change_stalin(-5)
    ~ change_north(10)
    The groups will fly under their own commanders, as Moscow wants. But the secrecy that Moscow also wants is not in your interest, and you do not protect it very hard.

    A photograph reaches a Hankou newspaper: a row of stubby fighters, a tall fair mechanic bent over an engine, a caption that says nothing and implies everything. A wounded Russian pilot is visited in hospital by a crowd of reporters who were not supposed to know he was there. A rally in Nanjing thanks "our northern friends" by name.

    Your reasoning is the reasoning of the diary. China cannot beat Japan alone. The more the officers in Tokyo believe that Russia is already at war with them in the air over China, the more of them will look north, and every Japanese division that looks north is a division that is not looking at you.

    Moscow understands exactly what you are doing. The colonel delivers a protest in a voice like a closing door. The aircraft keep coming, because Stalin does not cancel useful things out of pique. But in Tokyo, in the army ministry and the staff college, the men who have always wanted a war with Russia are reading the Hankou papers with great attention.
- -> ch_02b_nanjing

=== ch_02b_nanjing
~ change_supply(-5)
# date: December 1937
# place: Wuhan
# map: china
# music: elegy
# codex: nanjing
Shanghai falls in November, after three months that cost you the best of the army you built. The line you drew across the delta does not hold; the men who were to man it are dead or walking west. By early December the Japanese are at the walls of Nanjing.

You leave the capital before the end, by air, at dawn. From the window you see the Purple Mountain and the tomb of Dr. Sun and the long grey city wall, and then cloud.

{soviet_led():In the last days, Soviet fighters fly over the city in their Chinese markings, and some of them do not come back. They fight hard and well. They also fly when and where their own leader decides, and twice your staff learns only afterwards which sector they covered.}
{ch_air == "chinese":In the last days your own new squadrons fly over the city. They are too few and too green, and the Japanese pilots are neither. The loss lists from the training schools grow a second column. But every sortie is one your air staff ordered, and the men who fly them are yours.}
{ch_air == "mixed":In the last days Soviet fighters fly over the city, and one of the foreign volunteers your wife recruited flies with them in an old American machine until it is shot full of holes. The newspapers abroad print his picture. They do not print pictures of the Russians.}

# sfx: telegraph
What happens in Nanjing after the gates are opened, you learn over the following weeks from missionaries, from foreign businessmen who stayed, from a few soldiers who escaped in civilian clothes. Prisoners killed in their thousands along the river. Women taken from the refugee zone. Houses burned street by street. The reports do not stop coming, and you read them all, because someone in authority must.

You do not write much in the diary that night. Wipe out the humiliation, and the date, and a few lines about the dead that you will not show anyone.

The government is at Wuhan now, the three cities where the Han River meets the Yangzi: Hankou, Wuchang, Hanyang. It is crowded with ministries in borrowed schools, refugees in the streets, and foreigners of every allegiance. The arsenals and stockpiles of the lower Yangzi are lost or burning. What China has left must come in from outside.

In January the Japanese prime minister announces that his government will no longer deal with yours. The German mediation, such as it was, is over. You did not expect it to succeed. You had hoped it might take longer to fail.
-> ch_03_front

=== ch_03_front
-> checkpoint("chapter") ->
# chapter: CH-3 The United Front
# date: January–February 1938
# place: Wuhan
# map: china
# music: council
# codex: united_front
The Communists are in Wuhan too. That is the strangest thing about this winter.

Ten years ago you drove them out of Shanghai and hunted them across half of China. Three years ago they walked out of your encirclement on a march that their own newspapers now call long and heroic. A year ago, at Xi'an, your own generals held you prisoner until you agreed to stop fighting them and fight Japan instead. You agreed. You keep your word, in the main. You also keep a list.

# codex: eighth_route_army
# codex: mao
Now they have a liaison office in Hankou, a newspaper of their own, and delegates who sit on your councils and speak, sometimes very well, about national salvation. Their main army in the north has been renamed the Eighth Route Army and given a place in your order of battle, under your nominal command, in the mountains of Shanxi, where it fights the Japanese in small, sharp actions and grows with every village it enters. In the caves at Yan'an, Mao Zedong is said to be writing about how a long war against Japan is to be won. You expect to read it when it comes. You do not expect it to be stupid.

# codex: new_fourth_army
In the lower Yangzi, the Communist bands that survived your campaigns in the southern hills are being gathered into a second force, the New Fourth Army, and they want rifles, pay and a sector.

From Moscow the line is clear, and it has reached you from two directions: from your own envoys, and from the Communist delegation itself, which has lately been joined by comrades back from the Comintern. Stalin, you are told, has instructed the Chinese party that the war against Japan comes first and that land revolution can wait. It is the most useful thing Stalin has ever said about China. It is useful to him too. A China that fights Japan keeps Japan away from Siberia, and a China that fights itself does not.

Captain Deng brings you the quarterly request from the Eighth Route Army: pay and rations for more men than the agreement allows, ammunition, medical supplies, and permission to raise new units in the districts behind Japanese lines.

"They will take the districts whether we permit it or not," he says. "The question is whether we pay for it."

{soviet_led():The Soviet air groups, you have noticed, do not much care which Chinese army they are covering, and their senior officer dines with the Communist delegation as readily as with your staff. Nobody has told him not to.}

* [Honour the front. Fund the Eighth Route Army in full and give the New Fourth its sector.]
    ~ change_unity(15)
    ~ change_stalin(10)
    ~ change_autonomy(-5)
    It goes against every instinct you have, and you do it. The pay is authorised for the full numbers. Ammunition goes north. The New Fourth Army receives its sector south of the Yangzi and its commanders receive their commissions in your name.

    You tell yourself it is an investment. Every Japanese battalion tied down in the Shanxi hills is a battalion not marching on Wuhan. Every Communist who dies fighting Japan is one who will not be fighting you later. That is the reasoning you write in the diary. Below it you write, more honestly, that you do not know who will own those districts when the war is over.

    The Communist delegates are surprised and then, cautiously, warm. Moscow is more than warm. Your envoys report that the Soviet side speaks of China's unity with something like admiration, and that the next round of credit talks will go easier for it.

    Your own generals are less pleased. Some of them fought the Communists for ten years and buried friends doing it. One of them tells you, bluntly, that you are feeding a tiger. You tell him you know. You also tell him that a tiger fighting another tiger is not eating you.
* [Contain them quietly. Pay what was agreed and not a man more; watch the districts.]
    ~ change_unity(-10)
    ~ change_autonomy(5)
    ~ change_stalin(-5)
    You pay exactly what was agreed in the autumn and not a copper more. The request for new units is referred to a committee, which will study it. The New Fourth Army gets its sector, narrow and exposed, with a good Nationalist division on either side of it.

    Your intelligence people open files on every Communist cadre in the guerrilla districts. Your provincial governors in the north receive quiet instructions: cooperate in the field, report everything, concede nothing permanent.

    None of this is a break. The front holds; the speeches continue; the Communist delegates smile at your councils and you smile back. But the delegates know how to read a budget, and so do their friends in Moscow. Your envoys report a slight cooling in the credit talks, a question about whether China is truly united, asked in a tone that suggests the questioner knows the answer.

    You write in the diary that the Japanese are a disease of the skin and the Communists are a disease of the heart. You have written it before. You are not sure any more whether it is wisdom or habit.
* [Ask Moscow to discipline them. If Stalin wants a united China, let him make his comrades behave.]
    ~ change_unity(-5)
    ~ change_autonomy(-5)
    ~ change_stalin(5)
    You send your complaint to Moscow instead of to Yan'an. The Eighth Route Army is raising units without authority, taking districts, running its own tax collectors; the New Fourth wants more than its share. Surely, your envoys say, the Soviet government, which values China's unity so highly, will remind the Chinese Communists of their obligations.

    Moscow is delighted to be asked. Messages pass from the Comintern to Yan'an. The Communist delegation in Hankou becomes, for a season, scrupulously polite, and the new units are raised a little more quietly.

    But you have done something you did not quite intend. You have made Stalin the referee of China's domestic quarrels, and referees, once appointed, expect to be consulted. The next Soviet message on the subject is not an answer but an opinion, offered unasked, about which of your generals in the north are too hostile to the Communists.

    The Communists, for their part, know exactly who went over their heads. Their smiles at your councils are a degree cooler. In the diary you write that you have bought a quiet spring. You underline the word bought.
- -> ch_03b_spring

=== ch_03b_spring
~ change_supply(-5)
{ ch_pact == "german":
    ~ change_supply(-5)
}
{ soviet_led():
    ~ change_autonomy(-5)
}
# date: March–June 1938
# place: Wuhan
# map: china
# music: tension
# sfx: aircraft
On the first of March your envoys sign the first Soviet credit in Moscow: fifty million American dollars, at low interest, to be repaid not in gold but in goods. By then the aircraft it pays for are mostly here already. Two hundred and eighty-two of them have crossed the desert since the autumn. The Russians sent the goods first and the bill after, which is either generosity or confidence. You suspect confidence.

The spring brings the first good news of the war. In April, at Taierzhuang in southern Shandong, your armies trap a Japanese column in the streets of a walled town and break it. The foreign correspondents call it a turning point. You know it is a single battle, and that the Japanese will come again with more. But the city of Wuhan rings its bells, and you allow yourself one evening of pleasure before you go back to the maps.

Over Wuhan itself the air war is constant. Japanese bombers come up the Yangzi; fighters rise to meet them from the fields around Hankou. On the good days the Japanese lose more than they can easily replace.

{soviet_led():They are not, by and large, your pilots. The men who win those days are Soviet, and they take their orders from a Soviet senior officer who takes his from somewhere north of the Caspian. An American military attaché, after a week of visits to the Hankou airfields, reports to his embassy, in a paper your people obtain a copy of, that the Chinese air force is more loyal to the Soviet Union than to you. You read the sentence three times. It is unfair. It is not entirely wrong.}
{ch_air == "chinese":More and more of the pilots are your own. They fly Soviet machines and fly them worse than the Russians do, and the Soviet instructors shake their heads at the loss lists. But an American military attaché who spends a week at the Hankou airfields reports that the Chinese air force, whatever its faults, answers to Chinese orders. That sentence you read three times too, with a different feeling.}
{ch_air == "mixed":The Soviet groups carry the weight of it, under their own leaders. A handful of Western volunteers fly beside them in whatever your purchasing agents could find. They make little difference in the air and a great deal in the foreign newspapers, and an American attaché who visits the airfields takes care to note that China still buys where it likes.}

# codex: german_mission
In May, Berlin decides. Germany recognises Manchukuo, ends its arms deliveries to China, and orders its military advisers home. They are to leave by summer, and they go with visible embarrassment, some of them saying openly to your officers that they would rather stay.
{ ch_pact == "german":
    This one is yours to feel. You kept them in August as a counterweight to Moscow, and now the counterweight has been lifted from the scale by another hand. The orders you had placed through German firms are cancelled. The advisers who watched the Soviet colonel for you are packing. The colonel, who is not a subtle man, offers his condolences.
- else:
    You had not built your house on them. Still, their going closes a door, and their last deliveries are cancelled with it. From now on the only great power arming China in quantity is the Soviet Union.
}

# music: elegy
In June, with the Japanese pressing down from the north toward Zhengzhou and the railway to Wuhan, you give the order to break the dikes of the Yellow River. The water goes out across the plain of Henan and halts the Japanese advance for months. It also drowns villages across three provinces and drives millions of people from their land, and your government will not say so aloud. You write the decision in the diary as a military necessity. You will carry it, whatever you write.
-> ch_s0_check

=== ch_s0_check
// Scripted world event (story bible §3.2, §3.6): Chiang has no hand in Japanese
// planning; if Strike North momentum is high, Tokyo chooses the bite-and-hold.
{ north >= 60:
    ~ tl = "S0"
}
# date: June–July 1938
# place: Wuhan
# map: far_east
# music: tension
# sfx: telegraph
# codex: lyushkov
The telegram from your embassy in Tokyo arrives in the middle of July, and it is about a Russian. In June, the chief of Stalin's secret police in the Far East walked across the frontier into Manchukuo near Hunchun with his pockets full of papers. Now the Japanese have shown him to the press in Tokyo, and Moscow says he is an impostor.

You read the transcripts your people obtain. He speaks of arrests by the thousand in the Soviet Far East, of commanders shot, of a Red Army on the Pacific that has been gutted from the inside. Some of it, your attaché thinks, is true. All of it is being read with great care by the Japanese army.

# codex: lake_khasan
A second telegram follows a week later. On the border where Korea, Manchukuo and the Soviet Union meet, south of Vladivostok, Soviet border guards have dug in on a hill above a small lake. The Russians call the lake Khasan. The Chinese name of the hill is Zhanggufeng. The Japanese have demanded that the guards withdraw, and Moscow has refused.

You spread the map on the table. The hill is a long way from Wuhan: farther than Wuhan is from Shanghai. And yet everything you have done for a year has been aimed at that map, at the chance that Japan and Russia will one day turn on each other and leave China room to breathe.

# codex: korea_army
{ tl == "S0":
    The third telegram is the one you will remember. The Japanese are not sending a regiment to settle the matter. The Korea Army is moving a full division toward the lake, with heavy artillery, and a second division is being readied behind it. Your attaché in Tokyo writes that the officers who want a war with Russia have had a good year.
    { ch_air == "paraded" && ch_pact == "held":
        They have read your envoys' loud demands for an alliance, and the Hankou photographs of the red-starred fighters, and they have drawn their own conclusions.
    - else:
        { ch_pact == "held":
            They have read your envoys' loud demands for a Soviet alliance last summer, and drawn their own conclusions.
        - else:
            They have seen the Hankou photographs of Soviet fighters in Chinese markings, and drawn their own conclusions.
        }
    }
    The plan, as far as he can learn it, is not to invade Siberia. It is to take the hill, dig in so deeply that the Red Army cannot get it back, and then sell it: the hill for an end to Soviet aid to China.
    
    You read that line and put the telegram face down on the desk. For a year you have wanted Japan to look north. It is looking north. It is looking at a way to buy your aircraft out from under you.
- else:
    Your attaché does not think it will come to much. The Korea Army is sending a regiment of its 19th Division, enough to make a point. Tokyo's army staff, he writes, wants a border incident, not a war: a test of whether the purged Red Army will fight. After the defector's press conference, they are fairly sure it will not.

    You are less sure. You have met the Russians' colonel. But a test is not a war, and you have learned not to hope for more than the facts allow.
}
-> ch_04_wuhan

=== ch_04_wuhan
-> checkpoint("chapter") ->
# chapter: CH-4 Wuhan and the Border
PLACEHOLDER CH-4.
* [Press Moscow to turn the border war into war.]
    ~ change_stalin(-5)
    ~ change_diplo(-5)
    ~ change_north(5)
* [Use the respite.]
    ~ change_supply(10)
    ~ wuhan_respite = true
* [Publicise the border war abroad.]
    ~ change_diplo(10)
    ~ change_opinion(5)
- { tl == "S0": -> ch_05_hill }
-> ch_06_tea

=== ch_05_hill
-> checkpoint("chapter") ->
# chapter: CH-5 The Price of a Hill
PLACEHOLDER CH-5.
* [Send envoys with raw materials and concessions.]
    ~ change_supply(-10)
    ~ change_stalin(10)
    ~ change_autonomy(-10)
* [Threaten to talk to Tokyo yourself.]
    ~ change_stalin(-20)
    ~ change_diplo(5)
    { stalin < 40:
        ~ aid_cut = true
    }
* [Ask London and Washington to guarantee supply.]
    ~ change_diplo(10)
    ~ change_stalin(-5)
    { stalin < 45:
        ~ aid_cut = true
    }
- -> ch_06_tea

=== ch_06_tea
-> checkpoint("chapter") ->
# chapter: CH-6 Paying in Tea and Tungsten
PLACEHOLDER CH-6.
* [Accept the strings.]
    ~ change_supply(15)
    ~ change_autonomy(-15)
* [Bargain hard.]
    ~ change_supply(5)
    ~ change_stalin(-5)
* [Build the Burma Road and Western credit lines as well.]
    ~ change_diplo(10)
    ~ change_supply(5)
    ~ change_stalin(-5)
- -> ch_act1_end

=== ch_act1_end
~ ch_pact = ""
~ ch_air = ""
-> checkpoint("act1") ->
-> chiang_act2
