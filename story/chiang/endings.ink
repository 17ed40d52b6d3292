// ─────────────────────────────────────────────────────────────────────────────
// Chiang Kai-shek — the six endings. Chosen by the endings catalogue
// (story/common/endings.ink, src/core/endings.ts); never divert here directly.
// ─────────────────────────────────────────────────────────────────────────────

// Every ending id of this campaign and the knot that tells it: common/endings.ink's
// go_ending comes here (the start knot sets figure_endings).
=== ch_go_ending(id)
{ id:
- "CH-E1": -> ch_end_separate_peace
- "CH-E2": -> ch_end_generalissimo
- "CH-E3": -> ch_end_maos_northeast
- "CH-E4": -> ch_end_wuhan_respite
- "CH-E5": -> ch_end_halfway
- "CH-E6": -> ch_end_northeast_restored
}
-> END

// CH-E1 — fail: peace_feelers, stalin <= 20, unity <= 25.
=== ch_end_separate_peace
# ending: CH-E1
# date: 1940
# place: Chongqing
# map: china
# music: elegy
A SEPARATE PEACE

The letter you sent to Hong Kong was only meant to listen. By the spring everyone in China has read a version of it, and none of the versions is kind.

{ aid_cut:
    Moscow's aid ended long ago, traded for a hill in 1938. Now Moscow ends its goodwill as well, and that turns out to have been worth more than you knew.
- else:
    Moscow ends the aid without announcing it. The convoys from Alma-Ata stop at the Xinjiang border, the last Soviet pilots fly their aircraft home, and the advisers leave with their maps. The Soviet ambassador explains to anyone who asks that the Soviet Union cannot arm a government that is negotiating with the aggressor.
}

Yan'an does not need to explain anything. Its newspapers print your envoy's name and the name of the Japanese officer he met, and the Eighth Route Army and the New Fourth announce that they will fight on whatever Chongqing does. For the first time in the war, the Communists are the party of resistance and you are the party of talks.
# codex: new_fourth_army

The Japanese are in no hurry. Their terms grow worse each month as your position does: recognition of Manchukuo, Japanese garrisons in the north, an "economic partnership" that means the railways and the mines. Some of your generals stop waiting for you to decide. A provincial commander here, an army group there, cross over to Wang Jingwei's government in Nanjing, which welcomes them as patriots who have chosen peace.
# codex: wang_jingwei

You have resigned twice before, in 1927 and in 1931, and came back both times because nobody else could hold the country together. Your ministers remind you of this. This time they are not asking you to stay.
{ tl == "S1":
    In the north, the Red Army settles the Northeast with Yan'an and without you. Stalin has found his more grateful friend.
}

Madame Chiang's American friends write sorrowful letters. Washington's sympathy, never cheap, becomes very expensive: no more credits for a government that may sign a treaty with Japan before the ink is dry on the loan. The British close the Burma Road and this time do not reopen it.

China does not make peace. China breaks. One China goes to Nanjing and lives under Japanese protection. Another goes to the hills with the Communists and goes on fighting. A third, yours, sits in Chongqing with a shrinking army and a treaty it cannot sign and cannot refuse.

You go on writing your diary. The entries grow shorter. Self-discipline was always the thing you prided yourself on, and you discover that it is possible to be disciplined all the way down.

What really happened: Chiang never opened a separate peace. He let intermediaries listen to Japanese offers more than once, but he kept China in the war to 1945. It was Wang Jingwei who left Chongqing in December 1938 and set up a collaborationist government in Nanjing in March 1940; he died in Japan in November 1944, and his regime did not outlive the war.
-> END

// CH-E2 — S1 puppet: chiang_forced_offensive, autonomy <= 30, stalin >= 60.
=== ch_end_generalissimo
# ending: CH-E2
# date: 1940–1941
# place: Chongqing
# map: manchuria
# music: elegy
STALIN'S GENERALISSIMO

The Chinese flag flies over { mukden_taken: Harbin and Mukden|Harbin}. It went up on a Soviet flagpole, raised by a Soviet honour guard, and the photographs that went round the world show you shaking hands with a Soviet marshal under it.

This is the Northeast restored, and it is not yours. Every railway station has a Soviet commandant. Every provincial governor you appoint has a Soviet adviser who reads his mail before he does. The coal of Fushun and the steel of Anshan go north on Soviet trains to pay for the war that freed them, and the bills are presented to you.

It began in May 1939, when Moscow told you to attack and you attacked. After that it only had to ask, and it asked for a great deal: officers on your staff, a say in your quarrels with Yan'an, a hand in governing whatever the Red Army freed. Each step was reasonable. You have always been good at reasonable steps.

In Chongqing the Soviet embassy is the second seat of government, and some say the first. Soviet advisers sit in the War Ministry, the Finance Ministry, the air force. Xinjiang, where the aircraft used to come through, has become a Soviet province in all but name, and you have stopped asking about it.

Mao Zedong stays in Yan'an, and Stalin keeps him there as carefully as he keeps you in Chongqing. Whenever you resist, a Soviet newspaper remembers the Communists' sacrifices. Whenever Mao resists, the Soviet ambassador remembers that you are the recognised government of China. You and Mao despise each other more than either of you fears Stalin, and he knows it, and he plays accordingly.
# codex: mao

Madame Chiang's American friends stop writing. In Washington, China is now discussed as a question in Soviet-American relations, and nobody asks the Chinese. The British, who were glad enough to have the Red Army fight Japan, are uneasy to see it sitting on the Yalu.

You still keep your diary. You still rise before dawn and pray. You are still Generalissimo, commander of millions, and you will be as long as Moscow finds you useful. The entries in the diary are more careful than they used to be. You are no longer sure who reads it.

{ cas_chn >= 40:
    Sometimes, at night, you think of the divisions that went forward in May 1939 against the blockhouses on the Yangtze, on someone else's timetable. That was the price of the first step. Every step since has been cheaper.
}

What really happened: there was no Soviet invasion of Manchuria in 1939. The Red Army entered the Northeast only in August 1945, after Yalta had promised Stalin rights in its ports and railways; the Sino-Soviet treaty of 14 August 1945 made China accept them. When the Soviets left in 1946, much of the Japanese arsenal they had captured was in Communist hands.
-> END

// CH-E3 — unity <= 20, stalin <= 35, and manchuria_war or northeast_to_ccp or n4a_crushed.
=== ch_end_maos_northeast
# ending: CH-E3
# date: 1941–1949
# place: Chongqing
# map: manchuria
# music: elegy
MAO'S NORTHEAST

{ tl == "S1":
    Moscow makes its choice in the spring of 1941. You had fought the Communists when you should have fought the Japanese, and quarrelled with Stalin when you needed him. The Red Army, which holds the Northeast, needs a Chinese government there that will do as it is told. It finds one in Yan'an.
    { northeast_to_ccp:
        You had already handed it to them, for the duration. The duration never ends.
    }
    Communist administrators arrive in Harbin behind Soviet tanks. The Japanese stores in the Northeast, rifles, guns, whole arsenals, pass into Communist hands. New Communist armies are raised from the peasants of the Sungari plain and trained by Soviet instructors. Your officials are politely escorted to the train south.
    The Northeast, which you waited eight years to recover, is free of Japan and closed to you. It is a Soviet protectorate with a Chinese Communist face. The richest provinces in China now belong to the party that means to take the rest.
- else:
    The United Front dies in the hills of southern Anhui, though it is not buried for years. After January 1941 nobody in China pretends. Your armies blockade the Communist base areas in the north with divisions you need against Japan; the Communists organise the villages behind Japanese lines and grow.
    Moscow draws its conclusions. { aid_cut: The aid, long gone, will not come back.|The aid, already fading, ends.} Stalin has signed away Manchukuo's borders to Japan and has no reason to keep faith with you. When he thinks of China at all, he thinks that the Communists have kept fighting and you have kept fighting the Communists.
    Pearl Harbor brings you the Americans, as you always knew it would. It does not bring back what you lost with Moscow.
    In August 1945, three months after Germany's surrender, the Red Army pours into Manchuria and breaks the Kwantung Army in less than two weeks. Your government has signed a treaty with Moscow, and Moscow keeps the letter of it. But the Japanese arsenals of the Northeast find their way to Communist hands, and Communist troops are in the Northeast's cities before yours can arrive.
}
# codex: mao

Mao Zedong, in Yan'an, does not thank Moscow too warmly. He has his own plans, and they do not end with being anyone's card. But he takes what he is given.

Madame Chiang goes to Washington and pleads, and is listened to, and is given aircraft and loans. Zhou Enlai goes on being courteous in Chongqing, and you go on not knowing what he thinks, until the day it no longer matters.
# codex: zhou_enlai

The civil war, when it comes in earnest, is decided in the Northeast. Mukden falls to the Communists in November 1948; within a year Mao proclaims the People's Republic in Beijing, and you are on Taiwan with what is left of your army and your government. You keep your diary there too, for another quarter of a century, and in it you never stop returning to the question of when you lost the Northeast.

What really happened: the history of 1945–49 is true. The Red Army entered Manchuria on 9 August 1945; Japanese arms there reached the Communists; Mukden fell to them on 2 November 1948; the People's Republic was proclaimed on 1 October 1949. Chiang died on Taiwan on 5 April 1975. The Soviet war for Manchuria in 1939 is the alternate history of the Storm in the East timeline.
-> END

// CH-E4 — S0: tl S0, no aid_cut, wuhan_respite, supply >= 55, unity >= 40.
=== ch_end_wuhan_respite
# ending: CH-E4
# date: 1939–1941
# place: Chongqing
# map: china
# music: elegy
THE WUHAN RESPITE

The two months were the gift. The Japanese, shamed at Nomonhan and frightened of a Soviet war, held their China reinforcements at Harbin until October 1938, and you spent every day of that time as if it were the last.
# codex: harbin

The machine shops of Hankou went up the Yangtze on barges. The arsenals were rebuilt in the caves above Chongqing. The line on the middle Yangtze was dug deep and manned by divisions that had time to learn their trenches, and when the Japanese came at last they found a front that gave ground slowly, took a toll for every mile, and held into 1939.

And you kept the Russians. When Moscow and Tokyo bargained over a hill in August 1938, your envoys bought the aid back with tea and tungsten and patience, and the convoys from Alma-Ata kept running through Xinjiang, fewer than before but steady. A pact between Stalin and the Japanese did not, this time, mean a pact against you.

The great consequence was in Tokyo. The generals who had talked of striking north were discredited by Nomonhan; the generals who had promised a quick end in China were discredited by the Yangtze. The Navy's argument, that Japan's future lay to the south, in the oil of the Indies, won a year or two earlier than it might have. Japan looked away from China and toward the British and the Dutch and the Americans.

That was the war you had been waiting for. You had said since 1937 that China's task was to survive until the world's great powers fought each other, and that Japan would eventually make China's enemies its own. Japan made them sooner.

The United Front held, grudgingly. You never trusted Yan'an and Yan'an never trusted you, but the Communists had no quarrel to take to Moscow while the Soviet aircraft kept landing at Lanzhou, and you had the sense not to give them one. Zhou Enlai went on being courteous in Chongqing.
# codex: zhou_enlai

Madame Chiang went to America, as she always meant to, and found a country ready to listen to a China that was still standing. You read her letters in the evenings, in the house above the river, and you wrote in your diary that a weak country can still choose its time if it is patient enough.

The war was not won. Nothing in China was won quickly. But for the first time since 1937 it was not being lost.

What really happened: there was no 1938 bite-and-hold at Zhanggufeng and no Soviet-Japanese pact in 1938; this ending follows the Into the Abyss timeline. In history the Soviet-Japanese fighting at Lake Khasan ended on 11 August 1938, Wuhan fell in late October 1938, and the government fought on from Chongqing. Japan turned south in 1940–41, and China got its allies only after Pearl Harbor.
-> END

// CH-E5 — historical (default).
=== ch_end_halfway
# ending: CH-E5
# date: 1941–1945
# place: Chongqing
# map: china
# music: elegy
HALFWAY OUT OF DANGER

{
- tl == "S1":
    The Northeast stays in limbo through 1940 and 1941: Soviet garrisons, Chinese officials, Communist cadres, Japanese across the line, and no one's flag quite flying. The Russians find that a China which would not be their instrument is not worth a war with Japan, and Stalin settles, as he always settles, for quiet. The aid fades. You wait.
- aid_cut:
    The Soviet aid ended in 1938, when Moscow traded it for a hill, and what came after was a trickle through back doors. You fought on with what the Burma Road and your own arsenals could give you, and waited.
- else:
    The aid fades through 1941 the way water leaves a paddy: no single break, only less each month. The pact with Japan, the declaration on Manchukuo, the quarrel over the New Fourth Army, and then the German invasion, which leaves Moscow nothing to spare. The Soviet pilots go home. The advisers go home. Chuikov goes home in 1942, and later you read that he commanded the army that held Stalingrad.
    # codex: chuikov
}

{ tl == "S1":
    About a thousand Soviet aircraft came to China in those years, with guns and trucks and some two hundred airmen who died in Chinese skies. Then the Red Army came itself, and took half the Northeast, and did not quite give it back.
    Europe's war comes when Hitler chooses it, not when the treaties say. Japan, cut off from the northern plains and its best army broken at Harbin, looks south for the oil and rubber it can no longer buy, and in the end it attacks the British and the Americans as you always said it would. China is no longer alone.
    # codex: pearl_harbor
    What becomes of the Northeast is decided in other rooms, by larger powers, over your head, as so much has been. Mao Zedong waits in Yan'an with the patience you thought was yours alone. Madame Chiang goes to Washington and is cheered. You keep your diary, and you do not write in it what you fear.
    # codex: mao
- else:
    { aid_cut: Hundreds of Soviet aircraft came to China in 1937 and 1938, before the bargain over the hill, with guns|About a thousand Soviet aircraft came to China between 1937 and 1941, with guns} and trucks and some two hundred airmen who died in Chinese skies. Nobody else sent as much in those years. Nobody else asked as much for it, either.
    # codex: operation_zet

    On the ninth of December, the day after Pearl Harbor, China formally declares war on Japan, and on Germany and Italy too, four and a half years after the fighting began. You are no longer alone.
    # codex: pearl_harbor

    The Americans come, with aircraft and advisers and a general who will quarrel with you about everything. You become Supreme Commander of the China Theatre. Madame Chiang goes to Washington in 1943 and speaks to both houses of Congress, and the Americans stand and cheer her. At Cairo in November 1943 you sit beside Roosevelt and Churchill, and the three of you promise that the Northeast will be returned to China.
    # codex: soong_mei_ling

    It is returned, in a way. At Yalta, without asking you, Roosevelt promises Stalin rights in the Northeast's ports and railways, and in August 1945 your government signs them away to him. The Red Army sweeps into Manchuria in the last week of the war and leaves the next year; the Japanese arsenals it found there are in Communist hands.

    Mao Zedong, who spent the war growing in the villages you could not reach, proclaims the People's Republic in October 1949. Zhou Enlai, whom you never understood, becomes its premier. You go to Taiwan, and you keep your diary there until you die in April 1975.
    # codex: mao
    # codex: zhou_enlai

    { n4a_crushed:
        Of all the decisions of those years, the one your enemies never let the world forget was Anhui, in January 1941. It won you a battle and cost you the argument.
    }
}

{ tl == "S1":
    Once, in the winter of 1939, you had written that China was halfway home. You had meant the Northeast. It was the other half that took the rest of your life.
- else:
    In the summer of 1941, on the night the Germans crossed into Russia, you wrote that China was halfway out of her national danger. You were right. It was the other half that took the rest of your life.
}

{ tl == "OTL":
    What really happened: this is the historical ending. Chiang wrote that phrase in his diary after Barbarossa, having predicted the German attack days before. The Soviet-Japanese Neutrality Pact of 13 April 1941 and its declaration on Manchukuo's integrity were a heavy blow to Chongqing; the USSR denounced the pact on 5 April 1945.
- else:
    What really happened: your war left history's line, and this ending only borrows history's close. Chiang wrote that China was halfway out of danger in his diary after Barbarossa, having predicted the German attack days before. There was no {tl == "S1":Soviet war for Manchuria in 1939|Japanese bite-and-hold at Zhanggufeng in 1938}; the Soviet-Japanese Neutrality Pact of 13 April 1941 and its declaration on Manchukuo's integrity were a heavy blow to Chongqing, and the USSR denounced the pact on 5 April 1945.
}
-> END

// CH-E6 ★ — S1: mukden_taken, timed offensive, autonomy, unity >= 60, diplo >= 70, stalin >= 50.
=== ch_end_northeast_restored
# ending: CH-E6
# date: 1940–1941
# place: Chongqing
# map: manchuria
# music: title
THE NORTHEAST RESTORED

You keep one telegram in the drawer of your desk, apart from the others. It came in April 1940, on the morning the first Chinese division reached Mukden by rail.
# codex: mukden

The Soviet garrison was drawn up at the station in new greatcoats, the telegram says, and its commander saluted yours and handed over a city he had held for six months. Nobody embraced anybody. The crowd outside the station did not know whom to cheer, and so it cheered everybody.

You were not there. You read the telegram in Chongqing, and then read it again, and then sat with it a long time in the quiet of your study. You lost the Northeast in September 1931 and told the country to wait. You had waited eight years and seven months.

It was not won by waiting alone. You said no to Moscow in May 1939 without saying no: not now, not everywhere, but here, on the day the Red Army crossed. Your divisions hit the railways when it mattered, and two Japanese divisions that should have been at Changchun were still in Henan when Mukden fell. Stalin got a blow he could use, and not a servant.

You kept your hands off Yan'an when every instinct told you to strike. You let Communists into your councils, held your own commanders back when they wanted to settle old scores, and let Zhou Enlai thank you. It did not make you trust Mao Zedong. It meant there was one Chinese front for the Red Army to hand the Northeast to, and it was yours.
# codex: zhou_enlai

And you made the Northeast a Western question before Stalin could make it a Soviet one. Your ambassadors and Madame Chiang's American friends did what no Chinese army could: they put Manchuria in American newspapers and on the agenda of the State Department. { ch_handover_demanded:
    When you asked Moscow to leave, you asked with Washington and London standing behind you, and Stalin, who does not like questions in public, chose not to answer this one with tanks.
- else:
    You did not ask Moscow to leave. You sent your governors in under Soviet protection and let the commandants keep the railway permits. But the Northeast was a Western question by then, and when "until order is secure" had run on for a year, Washington asked Moscow the question you had not, in public. Stalin, who does not like questions in public, answered it by going home.
}
# codex: soong_mei_ling

What comes next is not simple. The Communists are in the Northeast too, in the factories of Harbin and the villages of the Sungari, under your flag and not under your command. The Japanese still hold Korea and the Liaodong ports, and the war in central China goes on. The Russians have left, but they have left behind advisers and debts and memories of who freed whom. Your ministers are already quarrelling over who will govern Liaoning.

But the Chinese flag flies over Mukden on a Chinese pole. The Kwantung Army, which began all this in 1931, has been cut in two and thrown back toward the sea. And for the first time since you became Generalissimo, China has a victory that is both real and its own.

That night you write in your diary that the hardest patience is the patience to act at the right moment, and that you have only managed it once.

What really happened: the Northeast was returned only in 1945–46, after the Soviet offensive of August 1945 and the Sino-Soviet treaty that gave Moscow rights in its ports and railways; it was lost to the Communists in 1948. This ending is the alternate history of the Storm in the East timeline, carried to the end that Chiang hoped for and never had.
-> END
