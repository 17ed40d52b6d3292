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
~ figure_endings = -> ch_go_ending
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

    The German military mission has been in China for a decade. Its officers drilled your best divisions, drew your fortification lines along the Yangtze, and taught your staff to plan like Europeans. Berlin signed a pact against the Comintern with Tokyo last November, and its officers are in an awkward place. You make it less awkward for them: they are instructors, not belligerents, and China pays well.

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

{ch_pact == "held":The delay you earned in August has cost you a month. Now the lists arrive at last, a little shorter in tone than before, correct in every figure and warm in none, the tone of a ministry that has been told how far China has earned its goodwill.}
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

    The first fighters reach Lanzhou in October after a crossing that costs several aircraft to weather and engine failures in the desert. By the end of the year Soviet fighters are over Nanjing and Soviet bombers are striking Japanese airfields and shipping on the Yangtze. The effect on your soldiers is immediate. For the first time since August they look up at the sound of engines with hope.

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

    Moscow notices too. The colonel asks why China needs Americans when it has Soviet friends. You tell him that China needs everyone. He thanks you the way a guest thanks a host for a dish he has no intention of eating.

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

The government is at Wuhan now, the three cities where the Han River meets the Yangtze: Hankou, Wuchang, Hanyang. It is crowded with ministries in borrowed schools, refugees in the streets, and foreigners of every allegiance. The arsenals and stockpiles of the lower Yangtze are lost or burning. What China has left must come in from outside.

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
In the lower Yangtze, the Communist bands that survived your campaigns in the southern hills are being gathered into a second force, the New Fourth Army, and they want rifles, pay and a sector.

From Moscow the line is clear, and it has reached you from two directions: from your own envoys, and from the Communist delegation itself, which has lately been joined by comrades back from the Comintern. Stalin, you are told, has instructed the Chinese party that the war against Japan comes first and that land revolution can wait. It is the most useful thing Stalin has ever said about China. It is useful to him too. A China that fights Japan keeps Japan away from Siberia, and a China that fights itself does not.

Captain Deng brings you the quarterly request from the Eighth Route Army: pay and rations for more men than the agreement allows, ammunition, medical supplies, and permission to raise new units in the districts behind Japanese lines.

"They will take the districts whether we permit it or not," he says. "The question is whether we pay for it."

{soviet_led():The Soviet air groups, you have noticed, do not much care which Chinese army they are covering, and their senior officer dines with the Communist delegation as readily as with your staff. Nobody has told him not to.}

* [Honour the front. Fund the Eighth Route Army in full and give the New Fourth its sector.]
    ~ change_unity(15)
    ~ change_stalin(10)
    ~ change_autonomy(-5)
    ~ change_supply(-10)
    It goes against every instinct you have, and you do it. The pay is authorised for the full numbers. Ammunition goes north, and it comes out of the depots that were filling for the defence of Wuhan: your quartermaster-general lays the transfer order before you with the figure circled, forty railway wagons of rifle cartridges and mortar bombs, and waits while you sign it. The New Fourth Army receives its sector south of the Yangtze and its commanders receive their commissions in your name.

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

    The Communists, for their part, know exactly who went over their heads. Their smiles at your councils are a degree cooler. In the diary you write that you have bought a quiet spring, and that what is bought from a neighbour can be taken back by him at any price he names.
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

Over Wuhan itself the air war is constant. Japanese bombers come up the Yangtze; fighters rise to meet them from the fields around Hankou. On the good days the Japanese lose more than they can easily replace.

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
A second telegram follows a week later. On the border where Korea, Manchukuo and the Soviet Union meet, southwest of Vladivostok, Soviet border guards have dug in on a hill above a small lake. The Russians call the lake Khasan. The Chinese name of the hill is Zhanggufeng. The Japanese have demanded that the guards withdraw, and Moscow has refused.

You spread the map on the table. The hill is a long way from Wuhan: farther than Wuhan is from Shanghai. And yet everything you have done for a year has been aimed at that map, at the chance that Japan and Russia will one day turn on each other and leave China room to breathe.

{ tl == "S0":
    # codex: korea_army
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
    # codex: korea_army
    Your attaché does not think it will come to much. The officers in Tokyo who talk of striking north, he writes, have had a thin year: nothing China has said or flown since last summer has given them a reason to look at Siberia rather than at the Yangtze. The Korea Army is sending a regiment of its 19th Division, enough to make a point. Tokyo's army staff, he writes, wants a border incident, not a war: a test of whether the purged Red Army will fight. After the defector's press conference, they are fairly sure it will not.

    You are less sure. You have met the Russians' colonel. But a test is not a war, and you have learned not to hope for more than the facts allow.
}
-> ch_04_wuhan

=== ch_04_wuhan
-> checkpoint("chapter") ->
# chapter: CH-4 Wuhan and the Border
# date: July–August 1938
# place: Wuhan
# map: china
# music: battle
# sfx: artillery
# codex: wuhan
The battle for Wuhan has been coming since the spring, and now it is here. The Japanese are moving up the Yangtze on both banks and down from the north through the Dabie mountains, with the river fleet beside them and their bombers overhead. Against them you have put more than a million men: the survivors of Shanghai, the provincial armies of the south and west, divisions raised this year that have never seen a Japanese soldier. It is the largest battle China has ever fought, and you mean to make it cost.

You do not mean to hold Wuhan forever. You have said so to your staff and nowhere else. You mean to hold it long enough: long enough for the factories of the three cities to be taken apart and carried up the river to Sichuan, long enough for the Japanese to bleed, long enough for the world to change.

And at the end of July, more than two thousand kilometres to the northeast, the world begins to change.

{ tl == "S0":
    # map: khasan
    The Korea Army takes the hill above Lake Khasan in the last week of July, in the dark, and does not stop digging. By the time the Russians counter-attack, there are trenches, wire, gun pits cut into the reverse slope, and a road behind from the Korean railway. The first Soviet assault, by a division, breaks on the slope in three days. Your attaché in Moscow hears of whole battalions lost. A week later a bigger attack, with bombers, fails again.
    
    And now a second thing happens that nobody planned. Early in August, officers of the Kwantung Army, jealous of the Korea Army's glory, push troops across the Mongolian frontier far to the west near a place called Nomonhan. Tokyo is appalled. The reinforcements that were meant for your front are stopped in Manchuria and held at Harbin, where they can do no harm and no good. For the first time in a year, the Japanese pressure on Wuhan slackens.
- else:
    # map: khasan
    The Japanese take the hill above Lake Khasan in a night attack on the last day of July: a regiment of the Korea Army's 19th Division, driving the Soviet border guards off both crests. Then the Russians answer. Your attaché in Moscow reports that a whole rifle corps is coming down the single road from Posyet, with hundreds of tanks and the bombers you have come to know from your own sky.
    
    For a week the two armies fight over a few hundred metres of bare hilltop. The Japanese have no tanks and no aircraft there; they have the slope and their entrenching tools. The Russians have everything and use it badly, and then use it again. By the second week of August the crest is Russian once more, and the diplomats in Moscow are talking about a ceasefire.
}

{ soviet_led():
    # map: china
    On the second day of August, with the Japanese pressing toward the river fortresses below Wuhan, you ask for the Soviet bomber group to strike their transports on the Yangtze. The Soviet senior officer regrets that his bombers are standing down for two days. He has had orders. He does not say from whom, and you do not ask. For forty-eight hours, while Moscow watches its own border, the best aircraft in your order of battle sit on their fields at Hankou because someone in another country has not yet decided what kind of war this is.
- else:
    { ch_air == "chinese":
        # map: china
        On the second day of August you hear that the Soviet groups at Hankou have been told to stand down for two days while Moscow watches its border. Your own squadrons fly anyway, because their orders come from your air staff. They are fewer than the Russians and lose more, but the Japanese transports on the Yangtze are bombed on the day you asked for it.
    - else:
        # map: china
        On the second day of August the Soviet groups at Hankou stand down for two days on orders from their own command. Your handful of Western-bought machines and their foreign crews fly what they can. It is not much. It is, at least, yours to order.
    }
}

The question on your table is the question you have waited a year to be asked. Japan and Russia are fighting. What does China do with it?

* [Press Moscow to turn the border war into a real war. This is the moment you have waited for.]
    ~ change_stalin(-5)
    ~ change_diplo(-5)
    ~ change_north(5)
    ~ change_unity(10)
    You send your envoys in Moscow to the people's commissariat with everything you have: the strength of the Japanese divisions in China, the weakness of the garrison in Manchuria, the chance that will never come again. If the Red Army strikes now, from the Amur and from Mongolia, while the Japanese army is committed up the Yangtze, the Kwantung Army cannot hold. China will attack at the same hour. Together you can end Japan on the mainland.

    The answer is polite, swift and final. The Soviet Union has no intention of widening a border incident. Stalin, your envoys are given to understand, thinks China would like Russia to fight its war for it, and he is not wrong.
    { tl == "S0":
        The Russians are losing men on that hill by the hundred, and there is something like anger in the way your envoys are received afterwards. Moscow does not want advice from the capital that stands to gain from its dead.
    - else:
        The Russians take their crest back and stop. The ceasefire comes on the eleventh of August. The frontier is where it was, and the Japanese divisions that paused before Wuhan resume their march.
    }
    At home the demand is the most popular thing you have done all year. The Communist paper in Hankou prints your envoys' note in full on its front page, under a headline that calls on the Soviet Union to finish what Japan began, and for a week the Communist delegates and your own generals say the same thing at your councils in the same words. Your attaché in Tokyo reports that the Japanese army's papers have printed it too, as proof that China means to drag Russia into the war.
    In the diary you write that you asked for too much, too early, and too plainly, and that the only ally it won you was the one already inside your house.
* [Use the respite. Move the factories west and reinforce the Wuhan line while Japan looks north.]
    ~ change_supply(10)
    ~ change_opinion(-5)
    ~ wuhan_respite = true
    You do not look at the map of the border again for a week. You look at the river.

    Every boat on the middle Yangtze is requisitioned. The arsenal at Hanyang is dismantled machine by machine, crated, numbered and loaded; the steel mill's furnaces are broken down for their firebrick; the cotton mills of Wuchang go up the river in pieces, past the gorges, to Sichuan. Workers go with them, and their families. Your engineers estimate that each week of quiet is worth a month of production in the west.
    { tl == "S0":
        And the weeks keep coming. With two Japanese divisions locked on a hill at Zhanggufeng and the Kwantung Army fighting its own war in Mongolia, the reinforcements meant for the Yangtze stay in Manchuria. The pressure on your lines eases, then eases again. You pour fresh divisions into the Wuhan perimeter and the river forts below it. For the first time since Shanghai, you are building faster than the Japanese are breaking.
    - else:
        The quiet lasts less than you hoped. The Russians take their crest back, the ceasefire comes on the eleventh of August, and the Japanese divisions that hesitated before Wuhan move again. But they move against a line that is a little thicker, and a city that is already half empty of what they came to take.
    }
    Your staff grumble that you have let the great moment pass. You tell them the great moment was never Moscow's to give. The river was yours.
    The foreign correspondents see it otherwise. They came to Wuhan for a China that fights, and what they are shown is a government crating its lathes. A Reuters man files a piece about the boats on the river under the headline that China is packing, and the London papers print it beside a photograph of the Russians on their hill.
* [Publicise the border war abroad. Let the world see Japan fighting everyone at once.]
    ~ change_diplo(10)
    ~ change_opinion(5)
    ~ change_stalin(-5)
    You call in the foreign correspondents who have followed the government to Wuhan: the Americans, the British, the French, the men from the news agencies. Your information office gives them maps and briefings and, when it can, the Japanese army's own communiqués placed side by side with the Soviet ones.

    The story you give them is simple. Japan is not fighting a border incident in China, it is fighting a war of conquest on every frontier it touches, and it will not stop at the Yangtze or at Lake Khasan. It would be wiser, you let them understand, to help China hold Japan here than to face Japan later elsewhere.
    { tl == "S0":
        The story writes itself as the Japanese dig deeper into the hill and the Russians fail to move them. The London papers begin to speak of Japanese aggression on two fronts. In Washington a Treasury official asks your ambassador, very privately, what China would need to keep fighting.
    - else:
        The Russians take their crest back within a fortnight and sign a ceasefire on the eleventh of August, and the story fades with the gunfire. But it leaves something behind: editorials in New York and London that use the word aggression without quotation marks, and a Treasury official in Washington who asks your ambassador, very privately, what China would need to keep fighting.
    }
    Moscow reads the same papers. The Soviet ambassador calls to say, with great correctness, that his government does not care to see a frontier incident of the Soviet Union described to foreign journalists as a chapter of China's war, and he leaves a copy of the offending article on your table.
    No soldiers come of it. No soldiers were ever going to come. You write in the diary that sympathy is a currency like any other, and that you intend to spend it slowly.
- { tl == "S0": -> ch_05_hill }
-> ch_06_tea

=== ch_05_hill
-> checkpoint("chapter") ->
# chapter: CH-5 The Price of a Hill
# date: 7 August 1938
# place: Wuhan
# map: moscow
# music: council
# sfx: telegraph
The offer is made in Moscow on the seventh of August, and you hear of it the same night, because one of the people in the room wants you to.

Japan proposes to leave the hill. A staged withdrawal from Zhanggufeng and the ground around it, the border restored, the Soviet dead returned, honour satisfied on both sides. In exchange, the Soviet Union will stop arming China. No more aircraft across Xinjiang. No more volunteers at Hankou. No more credit. The war on the Yangtze will be left to Japan and China alone.

Your ambassador's telegram is written in the careful style of a man who is frightened. He says the Soviet side has not refused. He says that Stalin's people are counting their losses on the hill, their tanks and aircraft and the shells they do not have, and that there is talk in the commissariat of how much China has cost and how little it has given. He says there is also talk of Czechoslovakia, and of a war in Europe that may come before winter, and of how convenient it would be to have nothing at all happening in the East.

{soviet_led():You think of the Soviet bombers standing on the field at Hankou, waiting for orders from Moscow. If Moscow says go home, they will go home, and they will take the best part of your air force with them.}
{ch_air == "chinese":You think of your own squadrons flying Soviet machines. The pilots are yours now. The spare parts, the engines, the fuel, the bombs are not. A squadron without spares is a squadron for three months.}
{ch_air == "mixed":You think of the Soviet groups, who are most of your air force, and of the handful of Western machines that are the rest. The hedge you built was a small one. This is the night you learn how small.}

Captain Deng has stayed late. He has heard the rumour in the corridors and asks whether it is true. You tell him it is an offer, and that offers are not agreements. Then you send him to bed, and you sit with the telegram and the lamp.

You have hoped for a year that Japan would look north. It has. And it has found, on a hill above a lake, a way to make Russia look away from you.

* [Send envoys to Moscow with raw materials and concessions. Outbid Tokyo.]
    ~ change_supply(-10)
    ~ change_stalin(10)
    ~ change_autonomy(-10)
    You cannot offer Stalin a hill. You can offer him what China has. Your envoys fly to Moscow within the week carrying a list: tungsten and antimony from Hunan and Jiangxi, tea, wool and hides from the northwest, shipped at prices of Moscow's choosing, ahead of every other buyer; wider rights for Soviet trade agencies and advisers in Xinjiang; a larger Soviet staff at your headquarters, with a say in how the aircraft are used.

    It costs you. Metals that would have bought American trucks go north instead. Soviet advisers sit in rooms you used to keep closed. In Urumqi the governor, who already listens to Moscow, is given less reason to listen to you.

    But it works, or something works. The Soviet side lets the Japanese offer lie on the table unanswered. The aircraft keep crossing the desert. The colonel at Hankou shakes your hand for the first time in months.

    You write in the diary that you have paid Russia not to abandon China, and that the bill was presented by Japan. It is not a sentence you enjoy writing.
* [Threaten to talk to Tokyo yourself. If Moscow can sell China, China can sell Moscow.]
    ~ change_stalin(-20)
    ~ change_diplo(5)
    ~ change_autonomy(10)
    { stalin < 40:
        ~ aid_cut = true
    }
    Through a channel that the Soviets are certain to be watching, you let it be known that China too has had approaches from Japan, and that if Moscow means to make its own peace, China may be forced to consider its own. You do not mean it. You want Stalin to believe that a China abandoned is a China that might one day make Japan strong enough to turn on Siberia with its whole army.

    The foreign press hears a version of it and likes it: China will not be bartered. Your standing in London rises a little, the way it does when a weaker man stands up straight. And in your own headquarters something shifts. The Soviet advisers, who have begun to treat your staff meetings as their own, find that the maps are put away when they come in, and nobody apologises for it.
    { aid_cut:
        In Moscow it is read as what it is: a threat from a man who has nothing to threaten with. Within ten days your ambassador reports that the Soviet government has accepted the Japanese proposal in principle. The withdrawal from the hill will be staged over weeks. The aid will end with it. Shipments already on the road will be completed; nothing more will be sent.

        The colonel at Hankou tells you the news himself, formally, in his good uniform. His groups will be gone within the month. He does not look at you while he says it, which is the only kindness he can offer.
    - else:
        In Moscow it is read as what it is: a threat from a man who has nothing to threaten with. But it is also read as a warning. Stalin's people have enough goodwill left, or enough suspicion of Japan, to let the offer lie. The aircraft keep coming, slower than before, with colder letters.

        Your ambassador writes that you were lucky. He does not say that you were wise.
    }
* [Ask London and Washington to guarantee China's supply if Moscow walks away.]
    ~ change_diplo(10)
    ~ change_stalin(-5)
    { stalin < 45:
        ~ aid_cut = true
    }
    You send for the British and American ambassadors, separately, and put the case to each. If the Soviet Union sells China to Japan for a hill, China's only arms will be those that come by sea through Hong Kong, by the railway from Haiphong, and by the road now being cut through the mountains to Burma. Will London keep the ports open? Will Washington lend against Chinese tin, tung oil and tungsten? A China that falls is a Japan that is free to go wherever it likes next.

    Both men are sympathetic. Both men cable home. The answers, when they come, promise nothing you can fly but more than you expected: quiet credits, quiet shipping, a willingness to talk.
    { aid_cut:
        They come too late to move Moscow. Stalin, your ambassador reports, has concluded that China is already shopping elsewhere and that there is no point in paying for a customer who is leaving. The Japanese proposal is accepted in principle. The withdrawal from the hill is staged over weeks; the Soviet aid ends with it.

        The colonel at Hankou tells you himself. His groups will be gone within the month. He says, through the interpreter, that he hopes the Americans fly as well as his boys did. You thank him, and you mean it.
    - else:
        Moscow takes note that China has other friends and lets the Japanese proposal lie. Perhaps it was your hedge; perhaps it was Stalin's own distrust of Tokyo. Your ambassador thinks a little of both. The aircraft keep crossing the desert, and somewhere in the commissariat a file on you grows a page thicker.
    }
- { aid_cut:
    You sit up late with the diary. The hill above the lake has cost Russia its dead and cost you the aircraft of a nation. In the margin you write the two characters, and under them: not lost, only longer.
  - else:
    Late that month the hill is still in Japanese hands and the aid is still coming. Neither will last forever. You write in the diary that you have bought another season, and that seasons are what China is made of.
  }
- -> ch_06_tea

=== ch_06_tea
-> checkpoint("chapter") ->
# chapter: CH-6 Paying in Tea and Tungsten
{ tl == "S0":
    # date: late August 1938
    # place: Wuhan
    # map: china
    # music: council
    The hill above the lake is still in Japanese hands at the end of August, and the Kwantung Army is still stuck in its own war on the Mongolian border, and the Japanese divisions meant for the Yangtze are still sitting at Harbin. For a few weeks the pressure on Wuhan is lighter than it has been all year.
    { wuhan_respite:
        You are using every day of it. The barges go up the river loaded and come back empty for more; fresh divisions dig in on the approaches to the three cities. For the first time since the war began, you are not running.
    - else:
        Your generals argue about how to use it. The factories of the three cities are still mostly where they were, and the lines in front of them are no thicker than in July.
    }
    In Europe the quarrel over Czechoslovakia is coming to a head, and every government that might help China is looking at Prague.
- else:
    # date: October 1938 – February 1939
    # place: Chongqing
    # map: china
    # music: council
    # codex: chongqing
    Wuhan falls in late October, after four months, as you always knew it would. The Japanese march into three cities stripped of their factories and half their people, and find the arsenal gone up the river and the docks empty. They have paid for Wuhan with something like a hundred thousand casualties. A week before, they took Canton in the south and cut the railway to Hong Kong.

    You leave Wuhan among the last, as you left Nanjing, and fly up the Yangtze through the gorges to Chongqing. The city clings to its rock above the meeting of two rivers, fogbound half the year, and it is now your capital. The factories from Wuhan are being bolted down in caves and gullies. The Japanese bombers will find it soon enough.

    In September, at Munich, Britain and France gave Hitler the part of Czechoslovakia he demanded, and called it peace. You read the reports with no surprise at all. The Western powers will not fight for a small country in Europe; they will not fight for a large one in Asia. Not yet. You write in the diary that they will learn what China has learned, only later and at a higher price.
}

The war has become a war of distance. Japan holds the coast, the railways and the great cities. China holds the west, the mountains and the time. What China does not hold is a way to bring anything in.

{ aid_cut:
    Moscow is keeping its word to Tokyo. The Soviet groups are packing, the credits are frozen, and the trucks still on the Xinjiang road are the last that will come. But Moscow has not quite closed the door. A Soviet trade agency in Lanzhou lets it be known, through the governor in Urumqi, that commercial goods could still move across the desert for the right payment: trucks, fuel, spare engines, nothing with a red star on it. The price is in metals, and in a say over what moves through Xinjiang, and for how long.
- else:
    # codex: soviet_credits
    The Soviet aid is still coming, and it is coming on Soviet terms. The first credit of fifty million dollars, signed on the first of March, is spent. A second of the same size is being agreed. A third, much larger, is being discussed for next year: enough, in the end, to make two hundred and fifty million in all. None of it is paid in gold. China pays in tea, in wool and hides from the northwest, and in metals, tungsten and antimony and tin from the mines of the south, shipped north at prices Moscow sets. An American magazine calls it tea for bombers, and it is not far wrong.

    With each credit the conditions grow. The Soviet trade agencies want more of Xinjiang's wool and more say over its roads. The advisers want more rooms at your headquarters. The route across the desert from Alma-Ata to Lanzhou, the only road by which the aircraft can come, runs through a province whose governor keeps Soviet advisers at his elbow and Soviet troops at Hami, and every agreement gives Moscow a little more reason to be there.
}

{ unity >= 65:
    The Communists have kept their side of the front this year, as you kept yours. Their armies in the north have grown, but they have fought, and Moscow speaks of China's unity with approval it does not trouble to hide.
}
{ unity < 50:
    The Communists have not forgotten this year's budgets, and their delegates at your councils speak of unity in a tone you know well. Moscow hears them.
}

# codex: burma_road
To the southwest there is one other road, or the beginning of one. Since the winter of 1937 tens of thousands of labourers in Yunnan, most of them villagers working with hand tools, have been cutting a track through the mountains from Kunming to the railhead at Lashio in Burma. It will be rough and narrow and it will flood, but it will run to the sea, and the sea belongs to the British, not the Japanese.

Your finance minister lays out the choice in his tidy way. You can pay Moscow's price and take what Moscow gives. You can argue over every clause. Or you can put money you do not have into a road and into Western credit, and hope that the British and Americans will one day fill it.

* [Accept Moscow's strings. Let Soviet influence in Xinjiang grow; the aircraft matter more.]
    ~ change_supply(15)
    ~ change_autonomy(-15)
    You accept the terms as written. The Soviet trade agencies receive the rights they asked for in Xinjiang; the metals go north at Moscow's prices; more Soviet advisers arrive at your headquarters, with desks beside your own staff officers and access to your plans.
    { aid_cut:
        The trucks begin to move again across the desert, unmarked and irregular, carrying fuel and engines and, once, crates whose contents nobody writes down. It is not the stream of last year. It is enough to keep a few squadrons in the air.
    - else:
        The aircraft keep coming: new I-16s, bombers to replace those lost over Wuhan, instructors for the schools. The supply dumps at Lanzhou fill. Your armies in the northwest are better armed this winter than at any time since the war began.
    }
    But Xinjiang slips a little further from Chongqing every month. The governor in Urumqi now answers Moscow's telegrams before yours, and sometimes instead of yours. Your staff officers learn to speak carefully when the advisers are in the room.
    { soviet_led():
        The Soviet air groups, flying under their own commanders, are now by some way the most effective force in your order of battle. They are also the one you least control. An aide puts it to you bluntly, not knowing you have thought it already: if Moscow changed its mind tomorrow, half your air force would fly home.
    }
    In the diary you write that China is buying its life with pieces of itself. You do not write which pieces.
* [Bargain hard over every clause. Make Moscow earn each concession.]
    ~ change_supply(5)
    ~ change_stalin(-5)
    You send your envoys back with instructions to haggle, and they haggle. The price of tungsten, the grade of the wool, the valuation of the tea, the number of advisers, the length of the Xinjiang concessions: everything is argued, everything is delayed, and in the end a little is won on each point.

    It is exhausting and it is slow. The Soviet negotiators, who expected gratitude, get arithmetic. Some of the aircraft due in winter arrive in spring. The colonel at your headquarters is replaced by a general who smiles less.
    { aid_cut:
        What comes across the desert is thin: commercial trucks, fuel, a few engines. But you have given away nothing you cannot take back.
    - else:
        What comes across the desert is still the largest flow of arms China has, and it comes on terms that you can read without wincing.
    }
    In the diary you note that the Russians call you a difficult partner. You note also that no one has ever called a pawn difficult.
* [Build the Burma Road and open Western credit lines as well. Never again one door.]
    ~ change_diplo(10)
    ~ change_supply(-5)
    ~ change_stalin(-5)
    You take what Moscow offers on the usual terms, and you put everything else you have into the southwest. More labourers for the road; engineers borrowed from the railways; money from the provincial treasuries of Yunnan that you will somehow repay. Your ambassador in Washington is told to press for credit in any form the Americans will accept.

    The road is paid for before it carries anything. Your finance minister brings you the account in December: the silver that would have bought a winter's shells from the arsenals has gone to the road gangs of Yunnan, to explosives for the cuttings and to the rice that feeds two hundred thousand labourers, and the depots on the Wuhan front are thinner by exactly that much. You sign the account. A door takes longer to build than a wall, and you have chosen the door.

    It will take the Americans until December to find a form: a Treasury credit dressed up as a commercial loan against Chinese tung oil, small but real. London will follow with modest export credits of its own. Neither will buy many aircraft. Both are signatures, from powers that until now have only sent regrets.
    { aid_cut:
        It matters more because Moscow's door is almost shut. The first lorries will come up the Burma Road at the turn of the year, carrying what the British will let them carry. It is little. It is not nothing.
    - else:
        Moscow sees every word of it. The Soviet side asks, with pointed courtesy, why China needs Americans when it has Soviet friends. The aircraft keep coming, but the next credit is discussed a little more slowly, and the Soviet trade delegation, which had agreed the price of tungsten in October, reopens it in November.
    }
    { ch_air == "chinese" || ch_air == "mixed":
        Your air staff begin to plan for a day when the aircraft may come from the sea rather than the desert. It is the first time anyone in Chongqing has planned so far ahead.
    }
    In the diary you write that a man who has one friend is a servant, and that China has at last begun to have two.
- -> ch_act1_end

=== ch_act1_end
{ tl == "S0":
    # date: early September 1938
    # place: Wuhan
    # map: china
    # music: elegy
    The heat breaks at last in the first week of September. You rise before five, as always, and sit, and write. The pages of the last thirteen months are full of cities you have lost: Beiping, Shanghai, Nanjing, Xuzhou, Kaifeng. Wuhan is not yet among them.{ wuhan_respite: It may not be for a long time.}

    They are also full of something you find harder to name. China has not surrendered. Japan has won every battle but the one that matters, and it does not know how to end the war. Now it has a second war, on the Mongolian frontier, that it knows even less how to end. Your attaché in Moscow reports that the Russians are gathering something very large against the Kwantung Army, with every truck they can find.
- else:
    # date: January–February 1939
    # place: Chongqing
    # map: china
    # music: elegy
    # codex: wang_jingwei
    In December, Wang Jingwei leaves Chongqing. He is the second man of your party, a comrade of Dr. Sun's from the old days, an orator you once admired; he flies to Kunming on an ordinary pretext and from there to Hanoi, and from Hanoi he announces that China should make peace with Japan. Few follow him. But the Japanese have been waiting for someone to follow, and now they have a name.

    You expel him from the party and write in the diary that a man who cannot endure cannot lead. It is the only judgement you have ever trusted.

    The fog lies on Chongqing most mornings now. You rise before five, as always, and sit, and write. The pages of the last eighteen months are full of cities you have lost: Beiping, Shanghai, Nanjing, Wuhan, Canton. They are also full of something else, which you find harder to name. China has not surrendered. Japan has won every battle but the one that matters, and it does not know how to end the war.
}

{ aid_cut:
    The Russians are going. The airfields at Lanzhou are quiet; the last Soviet instructors are leaving with their families' photographs in their tunics and their own aircraft. What you have is what you kept, what the Burma Road and the sea may bring, and time.
- else:
    { soviet_led():
        The Russians are still here. Their groups fly under their own commanders, and they are the best airmen you have. When the Japanese bombers come over your capital, it is Soviet orders that decide whether anyone rises to meet them.
    - else:
        { ch_air == "chinese":
            The Russians are still here, as instructors and as aircraft, and your own squadrons fly the machines they bring. They fly worse than the Russians did and better every month. When the Japanese bombers come over your capital, a Chinese voice sends the fighters up.
        - else:
            The Russians are still here, flying under their own leaders, and a few Western crews fly beside them in whatever your agents could buy. You do not command the best of your own air force. But you are beginning to have somewhere else to turn.
        }
    }
}

{ unity >= 65:
    The front with the Communists holds, better than anyone expected, because you have paid for it. You are not sure yet what you have bought.
- else:
    { unity < 50:
        The front with the Communists holds on paper. In the north their districts grow, and your governors send you reports you read at night.
    - else:
        The front with the Communists holds, as fronts do, by each side watching the other.
    }
}

{ tl == "S0":
    You close the diary and go in to the maps. Somewhere beyond the Great Wall, Japan and Russia are at last doing what you have waited for them to do. You do not yet know what it will cost you when they stop.
- else:
    You close the diary and go in to the maps. Somewhere beyond the mountains, Japan and Russia are still watching each other across the Amur and the Mongolian steppe. The great powers of Europe are watching each other too. You have waited eighteen months for one of them to move. You will wait longer if you must.
}

~ ch_pact = ""
~ ch_air = ""
-> checkpoint("act1") ->
-> chiang_act2
