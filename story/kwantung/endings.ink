// ─────────────────────────────────────────────────────────────────────────────
// Kwantung campaign — the six endings (story bible §5.3). The catalogue in
// story/common/endings.ink (and src/core/endings.ts) picks which one fires.
// ─────────────────────────────────────────────────────────────────────────────

// Every ending id of this campaign and the knot that tells it: common/endings.ink's
// go_ending comes here (the start knot sets figure_endings).
=== kw_go_ending(id)
{ id:
- "KW-E1": -> kw_end_gekokujo
- "KW-E2": -> kw_end_yalu_line
- "KW-E3": -> kw_end_karafuto
- "KW-E4": -> kw_end_north_wind_rain
- "KW-E5": -> kw_end_sent_south
- "KW-E6": -> kw_end_hill_we_kept
}
-> END

=== kw_end_gekokujo
# ending: KW-E1
# date: 1938–1945
# place: Tokyo
# map: far_east
# music: elegy
# sfx: telegraph
The telegram that recalls you is three lines long. It does not give a reason. It does not need to.

{ tl == "S0":
    You answered Imperial headquarters under your own seal while your men were dying west of the Khalkha, and the sky you kept for a week was lost anyway.
- else:
    You answered the General Staff under your own seal, and you went on answering it, each time a little less politely, until the men in Tokyo stopped reading your telegrams for their content and began reading them for evidence.
}
In the army you joined, an officer who acted boldly without orders was forgiven if he won. You did not win.

The journey to Tokyo takes four days. Nobody on the train speaks to you. At the War Ministry a colonel you trained with receives you in a room without a window and lays out the possibilities like cards: retirement on grounds of health; a court-martial, with the papers you signed read aloud; or nothing at all, if an officer of your background chooses to spare the Army the trouble.

He leaves the room for a while. There is a pistol on the desk. It is not loaded, or it is; you do not look.

You choose retirement, because you have a brother, and because you want to see how it ends. It is the first decision in years you have made for yourself rather than for the room.

You spend the war in a rented house in Sendai, teaching mathematics to schoolboys who will be conscripted before they can use it. The police visit twice a year. The neighbours know you only as the major who left the army, and they do not ask why.

The men you worked beside do not leave the army. Tsuji Masanobu goes south in the end, to help plan the invasion of Malaya. His record there, and later in the Philippines, is one of massacre and murdered prisoners. After 1945 he escapes prosecution, becomes a member of the Diet, and in the early 1960s vanishes in Laos. Hattori Takushirō rises to the head of the General Staff's operations section and plans the southern war from Tokyo.

{tl == "S1": The war you helped to start in March goes on without you, and you follow it in the newspapers, reading between the lines of every communiqué for the names of places you once drew on maps.|The war you wanted in the north comes only at the end, and it is not Japan's.} In August 1945 the Red Army comes into Manchuria, and the Kwantung Army that once believed the Red Army hollow breaks in days. At Dairen, Lyushkov, the defector whose files you once read so eagerly, is shot on 19 August; by whom, nobody agrees.

You hear of it on a neighbour's radio. You go back inside and close the door.

What really happened: the Kwantung Army's unauthorised telegram and the Tamsak-Bulak raid of 27 June 1939 were the high-water mark of gekokujō. After Nomonhan, Ueda and Isogai were relieved and the operations staff was scattered; the officers who had acted without orders were not punished as this ending imagines, and many of them went on to plan the Pacific War.
-> END

=== kw_end_yalu_line
# ending: KW-E2
# date: winter 1939
# place: Mukden
# map: manchuria
# music: elegy
# sfx: wind
# codex: yalu_river
The Yalu is frozen from bank to bank, and on its northern side the Army is digging.
{ soviet_delay:
    The line holds at last on the approaches to Mukden and the Korean border, too late and too far south.
- else:
    The line holds at last where the Army could not be made to draw it: on the approaches to Mukden and the Korean border.
}
Everything north of it is gone. Harbin is a Soviet garrison town. The railway that every Kwantung movement table was written on, the one your section timed to the minute, carries Soviet tanks south to a front that runs across the plain like a scar.

{ harbin_pocket: The divisions that stood at Harbin are gone with it. More than ten of them went into the cauldron; what came out would not fill a single regiment. The Army's continental forces are cut in two: the armies in China on one side, the remnant of the Kwantung Army and the Korea Army on the other, and between them a Soviet front that winter slows but does not stop.}

{ unit731_destroyed:
    At Pingfang the Soviet troops found craters and a chimney. The journalists Moscow brought in had nothing to photograph. The hundreds of prisoners murdered to make that silence have no graves and no names, and the men who ran the unit are on sealed trains to Japan, where some of them will live long and comfortable lives. You signed the train orders.
- else:
    At Pingfang the Soviet troops found what Ishii's men had not had time to hide. The photographs went round the world: the compound, the furnaces, the yards where the prisoners were shot in the last night. Tokyo denies everything. Nobody believes the denial. Investment leaves Japan, shipping lines refuse its cargoes, and one government after another finds reasons to stop selling it what it needs.
}

There is no Western war on Japan. There does not need to be. An empire that was cut in half in Manchuria and shamed before the world at Pingfang spends 1940 trying to hold what it has left.

You are posted to Korea, to a staff that plans the defence of a line you never believed the Army would need. At night you draw the old maps from memory, Hailar and the Halha and the grass around Nomonhan, and you cannot make the lines on them mean anything.

Tsuji survives, as he always survives, and finds another war to plan. Hattori goes back to Tokyo. Komatsubara's division was the first to die on the steppe. It was not the last.

{ kw_order_restrained:
    You do not know how it ends. You know where it began: with an order you wrote to keep the divisions on their side of the river, and with Tsuji's principles stapled to it as an annex "for study", which every division commander studied.
- else:
    You do not know how it ends. You know where it began: with an order you helped to write, which told a division commander that he could decide for himself where the border ran.
}

What really happened: there was no Soviet invasion of Manchuria in 1939. Nomonhan ended with a ceasefire on 15/16 September 1939. The Red Army came into Manchuria only in August 1945, after Moscow had denounced the 1941 neutrality pact, and Unit 731's compound at Pingfang was blown up by its own staff as it came; its prisoners were murdered first.
-> END

=== kw_end_karafuto
# ending: KW-E3
# date: winter 1939–1940
# place: Hsinking
# map: sakhalin
# music: council
# sfx: telegraph
The snow decides it. It comes early on the Manchurian plain and late on the Trans-Siberian, and by December the Soviet timetable, already wrecked by the weeks your divisions bought, is buried under it.

On North Sakhalin the Soviet garrison fought for two weeks on the old border line before the Navy cut it off from the sea. Organised resistance ended on 2 September. The survivors went into the mountains on Stalin's orders, and some of them are still there. The Soviet Pacific Fleet lost its destroyers and a cruiser and went back to Vladivostok to wait for the ice.

Stalin was furious. He sent more armour and aircraft east. But armour cannot cross the Tatar Strait, and the aircraft need airfields that the snow closes.

In January the offer you drafted in August comes back from Moscow, rewritten in Soviet hands, but recognisably yours. North Sakhalin returns to the Soviet Union. The Red Army withdraws from Manchuria to the lines of the spring. A commission will settle the border. Nobody will call it peace; nobody has to.

Japan keeps its Manchurian railway, its Korean frontier and most of its army. It has lost the north of Manchukuo for a winter and got it back for an island it did not want. The newspapers in Tokyo call it a victory. You have stopped reading newspapers.

{ unit731_destroyed:
    It was possible because there was nothing at Pingfang for the journalists to see. You know why there was nothing. Hundreds of prisoners were killed in three days so that the world would never learn their names, and the men who ordered it went home on sealed trains, and one of the train orders carries your signature. The bargain you made over the island rests on that silence. You carry it.
- else:
    It was possible, barely, because what the world learned of Pingfang came in pieces: half-burnt papers, a half-blown compound, prisoners who could no longer speak. The pieces were enough for the newspapers and not quite enough for the governments.
}

The Kwantung Army is rebuilt over the winter and purged in the spring. You are promoted, quietly, and posted to Tokyo, where men want to know how an army that lost a war was allowed to keep its empire.

Tsuji goes south to plan the next war, as he always meant to. Hattori sits in the General Staff and draws the same arrows on different maps. You watch them and think: we learned nothing, except that the Russians can be bargained with when they are cold.

What really happened: Sakhalin was not fought over in 1939, and the Soviet Union did not invade Manchuria until August 1945, when it took South Sakhalin and the Kurils as well. The 1939 fighting ended in a ceasefire on 15/16 September; Japan's rulers drew the lesson that the north was closed, and turned south.
-> END

=== kw_end_north_wind_rain
# ending: KW-E4
# date: 10 September 1941
# place: Hsinking
# map: far_east
# music: battle
# sfx: aircraft
The order has a date on it, and the date comes.

On 10 September 1941 the Kwantung Army crosses the Soviet border in the east, towards the Maritime Province and Vladivostok, and in the north, across the Amur. The plan you helped to write calls for twenty-two divisions, the first phase finished by 15 October. It assumes that half the Soviet Far Eastern divisions have gone west to fight the Germans, and that the rest are worth three quarters of a Japanese division each.

{ tl == "S0":
    The pact of 1938 is torn up with a note delivered in Moscow an hour before the guns open. The Soviet officers you once sat across from at the border commission are, for all you know, in the bunkers your divisions are now shelling.
- else:
    The neutrality pact of April is torn up with a note delivered in Moscow an hour before the guns open. Nobody in Hsinking mentions it.
}

{tl == "S0" && not nomonhan_1938:The Army kept its hill in 1938 and its pride with it|You came out of Nomonhan with the army still believing}, and that belief is the weapon Japan is firing now. You are not sure any more whether it is the right one.

The first reports are good. The frontier positions fall faster than the planners expected; the Soviet air force in the east is caught on the ground, as it was at Tamsak-Bulak. Then the reports slow. The divisions that were supposed to have gone west have not all gone. The Soviet railway is longer and tougher than Japanese bombers can break. The roads are mud, and then, in October, they are ice.

In Moscow the Germans are at the gates. In Tokyo the Navy is furious, and the oil the Americans have stopped selling is running down in the tanks. The war in the south that everyone expected will come later, if it comes, and the Army will have to fight it with whatever is left in Siberia's snow.

Tsuji, who had been planning Malaya, is recalled to Hsinking. Hattori runs the operations section in Tokyo and draws arrows in both directions. {tl == "S0":The men who died in 1938, on the Changkufeng crest and the Mongolian steppe, are named in the speeches|Komatsubara's dead are named in the speeches} as the men whose sacrifice made this possible.

The Second Russo-Japanese War has begun. How it ends is not written yet. You stand at the map table in Hsinking, where the red crescent is finally moving, and for the first time in your career you are afraid of getting what you wanted.

What really happened: on 2 July 1941 the Imperial Conference decided only to prepare, and Kantokuen, the Kwantung Army Special Manoeuvres, massed troops in Manchuria that never crossed the border. The memory of Nomonhan weighed on the Army. Japan went south, to Indochina, Malaya and Pearl Harbor, on 7–8 December 1941. Tsuji was one of the main planners of the Malayan campaign.
-> END

=== kw_end_sent_south
# ending: KW-E5
# date: 1939–1941
# place: Tokyo
# map: far_east
# music: elegy
# sfx: train
Every campaign ends, in the files, with a posting.
{
- tl == "S0":
    The settlement of 1938 holds, more or less. The pact on the northern border is signed; the Army's old dream of the north has no road left to it, and the Navy's dream of the south has all the roads there are.
- tl == "S1":
    The war that began two months early ends in a winter that nobody calls peace. The Army keeps part of Manchukuo and loses the rest of its illusions, and when the talking starts, Tokyo's eyes are already turning south.
- else:
    The ceasefire is signed in Moscow on 15 September 1939 and comes into force the next day. The line on the Halha stays where the Soviets drew it. The 23rd Division is gone, and with it the Kwantung Army's belief that the Red Army is hollow.
}

{tl == "OTL": The men who ran the summer are scattered. Ueda and Isogai are relieved. Tsuji is posted away; Hattori is posted away.} {tl == "S0" && not kw_went_south:You turned down the posting south and stayed in Manchuria, and the south comes to you anyway: file after file about places with names you have to learn to spell.|You are posted away too: a train south, a desk in Tokyo, then another desk, and files about places with names you have to learn to spell.}

For a year you read about oil. Where it is, who owns it, how far it lies from a Japanese port, how long the Navy can fight without it. The Dutch islands, British Malaya, the Philippines. The answers are never good, and they always point the same way.

Then the old names come back. Tsuji reappears among the planners of a campaign through the jungle to Singapore; Hattori is chief of operations at the General Staff. They want officers who have seen a modern army fight. You are one of the few who has, and who admits it.

In July 1941, when Germany invades the Soviet Union, the Kwantung Army gathers its special manoeuvres in Manchuria and waits for a word from Tokyo. Whatever anyone in Hsinking writes that summer, Tokyo has already chosen. {tl == "S0" && not nomonhan_1938:In Hsinking nobody mentions the pact of 1938 without a curse, and nobody quite dares to propose breaking it.|The German ambassador tells Berlin that the memory of Nomonhan weighs heavily on the Army, and most of all on the Kwantung Army. He is right about you.}

# codex: sorge
In October the Tokyo police arrest a German journalist, Richard Sorge, who has been telling Moscow for years what the Army means to do. That summer he told it that the Army would not go north.

On 7 and 8 December 1941 Japan strikes Pearl Harbor and Malaya. Tsuji's campaign takes Singapore, and his name is on the worst of what follows there, the massacres of Chinese civilians, and later on the killing of prisoners in the Philippines. After 1945 he escapes prosecution, becomes a member of the Diet, and in the early 1960s disappears in Laos.

{
- tl == "S1":
    The north never quite goes quiet. The winter line of 1939 becomes a border of bunkers, and every spring somebody in Hsinking expects the Red Army back. It comes in August 1945, and this time there is no snow to stop it.
- tl == "S0":
    The north stays quiet until the end. Then, in August 1945, Moscow tears up the pact of 1938, the Red Army comes into Manchuria, and the Kwantung Army breaks in days.
- else:
    The north stays quiet until the end. In April 1945 Moscow denounces the neutrality pact; in August the Red Army comes into Manchuria and the Kwantung Army breaks in days.
}
The railway that every Kwantung movement table you ever wrote was built on carries Soviet tanks to Mukden.

{tl == "S0" && not kw_went_south:You are still in Manchuria when it happens, and you watch the staff at Hsinking burn its files in the courtyard.|You are in Tokyo when it happens, planning the defence of beaches.} You think of {tl == "S0":a hill above a lake, and a river on the Mongolian steppe|a river with two names, and a single pontoon bridge}, and of all the arrows you drew that never became anything but graves.

What really happened: this is the historical course. After Nomonhan the Kwantung Army's leaders were relieved, and Japan turned south; Tsuji planned the Malayan campaign and Hattori led the General Staff's operations section.
-> END

=== kw_end_hill_we_kept
# ending: KW-E6
# date: 1938–1941
# place: Changkufeng
# map: khasan
# music: title
# sfx: wind
In the spring of 1941 your brother takes you to the Tumen. You stand on the Korean bank and look across at the crest of Changkufeng, where a red flag flies over the trenches his company dug.

The hill was never the point. You knew that when you planned the night attack in July 1938, and you have had to go on knowing it every day since, while everyone around you forgot.

Moscow accepted the trade because you made it possible to accept. The Korea Army came down from the crest in stages, {kw_withdrew_on_schedule:on schedule|later than Moscow had been promised and with every stage argued over}, and the Soviet border guards went back up. The prisoners went home. The Soviet aircraft went home from China too, and the volunteer pilots, and the advisers; the trains from Alma-Ata stopped. A non-aggression pact followed before the year was out, and the border commission you sat on drew a line that has not moved since.

It cost you your friends. Hayama and Nishi and the others never forgave you for the summer of 1938, {kw_clique_blocked:when you stopped their crossing at Nomonhan and told Tokyo why|when you cut their crossing at Nomonhan down to one company and a captured telephone, and then backed the trade that sold their hill}. In the Kwantung Army you are still the major who sold the hill. In Tokyo you are the one Kwantung officer everyone trusts, which in Hsinking is almost the same insult.

There was no battle of Nomonhan. Komatsubara's 23rd Division was never fed to the guns on the Halha. No Soviet general made his name there by encircling a Japanese army on open ground, and no Japanese staff learned, at the price of twenty thousand men, what a Soviet tank army could do.

But the bargain had a price, and it was paid in China. Without Soviet aircraft, Chinese cities burn with nobody to defend their skies. You were promoted for a trade whose bill went to people you will never meet, and you do not let yourself forget it.

The Army's eyes turned south early, with no hill in the north left to dream about. Tsuji is in the south now, among the planners of a campaign through the jungle to Singapore; Hattori plans from Tokyo. { kantokuen:
    When Germany invaded the Soviet Union last summer your old friends wanted to tear up the pact and strike, and this time you wrote their paper for them. Tokyo listened, because it was you. Kantokuen became an order with a date on it, and the divisions came up to the border and waited. The date never came. The Siberian divisions did not go west in the numbers the plan required, the oil the Americans had stopped selling ran down in the Navy's tanks, and in August the General Staff put the order back in its file. The pact you asked Tokyo to break was kept by men who had stopped agreeing with you.
- else:
    When Germany invaded the Soviet Union last summer your old friends wanted to tear up the pact and strike. You argued against it, and Tokyo listened, because it was you.
}

The rest is not yours to decide. On 7 and 8 December the southern war will begin. Tsuji's name will be on the massacres at Singapore and on murdered prisoners in the Philippines; after 1945 he will escape prosecution, sit in the Diet, and in the early 1960s disappear in Laos. The border you kept{kantokuen:, and then asked Tokyo to break,} will stay quiet almost to the end.

Shūji came home from the hill in the autumn of 1938, thinner, with no wish to talk about it. He does not talk about it now. You stand on the bank for a long time.

"We kept it," he says at last, "long enough."

What really happened: there was no bite-and-hold. The Soviets retook the crest of Zaozyornaya on 6 August 1938, the ceasefire of 10/11 August left the border on their terms, and Nomonhan was fought in 1939. Soviet aid to China went on until the 1941 neutrality pact let it fade.
-> END
