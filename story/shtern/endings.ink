// ─────────────────────────────────────────────────────────────────────────────
// Grigori Shtern — the six endings (story bible §5.1). The catalogue in
// story/common/endings.ink (and src/core/endings.ts) picks one; never divert
// here directly.
// ─────────────────────────────────────────────────────────────────────────────

// Every ending id of this campaign and the knot that tells it: common/endings.ink's
// go_ending comes here (the start knot sets figure_endings).
=== sh_go_ending(id)
{ id:
- "SH-E1": -> sh_end_scapegoat
- "SH-E2": -> sh_end_victors_shot
- "SH-E3": -> sh_end_stalemate
- "SH-E4": -> sh_end_marshal
- "SH-E5": -> sh_end_barbysh
- "SH-E6": -> sh_end_not_shot
}
-> END

// SH-E1 — fires at the Act I checkpoint (nkvd >= 75 or stalin <= 25) or at any
// checkpoint with nkvd >= 90, so the text must fit 1938, 1939, 1940 or 1941.
=== sh_end_scapegoat
# ending: SH-E1
# date: 1938–1941
# place: Lefortovo prison, Moscow
# map: moscow
# music: elegy
They come at night, because they always come at night. Two men in the doorway and a third on the stairs, polite, almost apologetic, with a paper that has your name typed on it correctly, patronymic and all.

{ khalkhin_won:
    You are a Hero of the Soviet Union. They take the star off your tunic before they take the tunic.
- else:
    Khasan was your battle. When you were chief of staff you wondered who would be blamed for it; now you know.
}

At Lefortovo they do not ask what you did. They tell you. You were part of a military-fascist conspiracy in the Far East. {blucher_denounced: You denounced Blyukher to cover your tracks, which they find very amusing. Your own report is read back to you, sentence by sentence, as evidence of your cunning.|You protected the traitor Blyukher, who was your accomplice. Blyukher died in this building on 9 November 1938, and the men who interrogate you knew him.} You were in Spain, where you were recruited by foreign intelligence. You were a Trotskyist. You are a Jew; they do not write that one down, but they say it.

You know the method because you have read its results in a hundred files. You hold out longer than you expected and not as long as you hoped.

{ tl == "S0" && not khalkhin_won:
    The war with Japan that everyone feared does not come. The Japanese keep or trade their hill, and their army turns south, toward China's coast and later the sea. Nobody in the Far East remembers you by the time it does.
}
{ tl == "S0" && khalkhin_won:
    The battle at Nomonhan is rewritten within a year. Your name is removed from it. {zhukov_fate == "executed": So, in time, is Zhukov's.|Zhukov's is not.}
}
{ tl == "S1" && manchuria_war:
    Your war in Manchuria goes on without you. Somebody else will be blamed for the winter, or given the credit for the spring, and either way your name will not be in it.
}
{ tl != "S0" && not manchuria_war && khalkhin_won:
    Zhukov goes west. In the autumn of 1941 he will stand in front of Moscow with divisions brought from the Far East you once commanded, and the Germans will not get in.
}

What becomes of your wife and your daughter is not written anywhere you would be allowed to read. Families of enemies of the people are a category, and categories have procedures. You think of them every hour you are awake, and there are a great many hours.

The Party, which you joined as a young man in the Civil War and served as a commissar before you ever commanded a regiment, does not mention you again. Your file is closed with a line and a date.

Years later, when the country begins, quietly and incompletely, to say the names of the men it shot, yours will be among them. By then the people who could have told your story will have been dead a long time, and they were not, in any case, the people who would have told it kindly.

What really happened: Marshal Blyukher was arrested in October 1938 and died under interrogation in Lefortovo on 9 November. Shtern survived him by three years, won at Khasan and at the Khalkhin Gol, and was arrested in June 1941.
-> END

// SH-E2 — S0: the victors of Nomonhan 1938 are purged.
=== sh_end_victors_shot
# ending: SH-E2
# date: 1940–1941
# place: Moscow
# map: moscow
# music: elegy
The Nomonhan group, the investigators call it. It takes them two years to finish with it, which is slow by the standards of the building on Dzerzhinsky Square, and thorough.

Zhukov goes first. He is arrested in March 1940 and shot that summer, with the tank commanders who closed the ring and the chief of artillery who broke the pockets. In his file, among the confessions he made in the end, there is your report from the autumn of 1938 and your testimony from the winter of 1939. Both are accurate. Both were used.

You had thought that giving them Zhukov would keep you out of the file. It kept you out of it for a year. In the spring of 1941 the aviators' case reaches out across the whole Red Army like a net thrown from a boat, and it catches you by the Spain you never left behind and by the Nomonhan you helped them prosecute. The investigators are amused by the symmetry. They read your report on Zhukov back to you as proof that you knew everything about the conspiracy, because you described it so well.

You are arrested in June. The Germans cross the border a few weeks later, and the Red Army meets them without the man who had commanded its only great mechanised victory, and without many of the others who might have learned from it.

Moscow is defended in the autumn of 1941, but not by Zhukov. The generals who stand in front of the capital are brave and less able, and the Siberian divisions arrive later than they might have, into a battle that has already cost more than it needed to. Whether the city holds, and at what price, is a question you will not live to ask.

{ aid_cut:
    China lost its Soviet aircraft in 1938, in the trade for the hill.
- else:
    China had two months' respite at Wuhan in 1938, while Tokyo held its reinforcements in Manchuria.
}
In Tokyo, the lesson of Nomonhan was learned faster than in Moscow. The men who wanted to strike north lost the argument, and the navy's southern plan went ahead: oil, rubber, and in the end Pearl Harbor.

Your wife and daughter are told nothing. When they are finally told something, years later, it is a date and a place and the word "rehabilitated", which is not an apology.

You are shot in the autumn of 1941 with other commanders whose victories had been erased before them.

What really happened: there was no Nomonhan battle in 1938. The Khalkhin Gol was fought in 1939, with Shtern as Front Group commander and Zhukov in charge of the 1st Army Group. Zhukov survived, defended Moscow in 1941 and became a marshal. Shtern was arrested in June 1941 and shot on 28 October 1941.
-> END

// SH-E3 — S1: the Manchurian offensive stalls short of Mukden.
=== sh_end_stalemate
# ending: SH-E3
# date: winter 1939 – 1941
# place: Manchuria
# map: manchuria
# music: elegy
# sfx: wind
The front freezes in December 1939 along a line a hundred kilometres north of Mukden, and it stays frozen.

{ harbin_pocket:
    You destroyed the Kwantung Army's northern divisions in the Harbin pocket, and it was not enough. The army that was left dug in across southern Manchuria with its back to Korea, and the railway that fed your offensive could not feed a winter.
- else:
    The pincers closed too late at Harbin, and the Kwantung Army walked out of the ring. It dug in across southern Manchuria with its back to Korea, and the railway that fed your offensive could not feed a winter.
}
The war you told Stalin would need a year to prepare and a fleet to win has been fought without either, as you said it would be, and it has gone as you said it would go. That was never going to protect you.

{ sakhalin_fought:
    North Sakhalin fell in September after two weeks of fighting that cost the Japanese almost as much as it cost you. Moscow has forgotten that it was a diversion and remembers only that it was lost.
- else:
    North Sakhalin fell in September. In Moscow it is remembered as the island you gave away.
}
{ unit731_exposed:
    The world remembers Pingfang. Correspondents still write about it; the embargoes on Japan have grown teeth. It is the one thing about your war that abroad will call a victory.
}
{ unit731_spirited_east && not unit731_exposed:
    The closed train from Pingfang went north and did not come back, and neither did the papers. You signed the order. It will be one of the things in your file.
}

{ stalin >= 70:
    Stalin still needs you, or needs you not to have failed, which in the winter of 1940 amounts to the same thing. You keep the front. Every month brings a new inspector, a new commissar, a new officer on your staff who writes down the names of the people you telephone.
    When Germany attacks in June 1941, the Soviet Union finds itself at war at both ends of the country, and the war you started in Manchuria becomes the reason the Siberian divisions cannot go west. {zhukov_fate == "rising": Zhukov, in front of Moscow, asks for them by telegram every day.|The generals in front of Moscow ask for them by telegram every day.} You cannot send them. You are relieved of command in the autumn and called to Moscow, and you understand what the summons means before the train reaches Chita.
- else:
    The summons comes in June 1941, with the aviators' case. The charge sheet begins with Spain, but the investigators want to talk about Manchuria: a stalled offensive, a lost island, a winter front that eats a division a month. You were the man who warned; now you are the man who was warned about.
    The Manchurian front is given to another commander, who does no better, and whose turn will come.
}

Your wife and daughter learn of your arrest from the fact that your salary stops.

The war in the east does not end when you do. It lingers, frozen, on the maps of two general staffs, a wound neither side can close, until larger wars decide it.

What really happened: there was no Soviet invasion of Manchuria in 1939. The Khalkhin Gol ended with a ceasefire on 15–16 September 1939. The Soviet Union attacked Manchuria only in August 1945. Shtern was arrested in June 1941 and shot that October.
-> END

// SH-E4 — S1: Mukden taken before winter, the Japanese continental empire cut in two.
=== sh_end_marshal
# ending: SH-E4
# date: November 1939 – 1941
# place: Mukden
# map: manchuria
# music: title
Mukden falls on 2 November 1939, in the first snow, to tanks with fuel for two more days.

The Kwantung Army, the army that made Manchukuo and made Japanese governments tremble for eight years, has been destroyed as a field force. Its northern divisions died in the Harbin pocket. What is left is cut off in Korea and on the Liaodong peninsula, and Japan's empire on the continent is broken in two. Tokyo sues for terms before the new year.

In January 1940 you are made a Marshal of the Soviet Union. The newspapers print your photograph beside Stalin's. You look at it in the staff canteen at Mukden and do not recognise the man, who looks more certain than you have ever felt.

{ chiang_offensive_timed:
    China comes out of the war a partner and not a servant. Chiang Kai-shek's offensive, timed to yours, pinned the Japanese in the south while your armour ran for Mukden. His people will argue with Moscow for years about who governs the Northeast, and you are glad, privately, that it is not your argument.
- else:
    China comes out of the war exhausted and obliged. Chiang Kai-shek attacked on Moscow's timetable, unprepared, and paid for your Mukden with tens of thousands of dead. In Chongqing they know whose servant he has become. So does Mao, waiting.
}
{ unit731_exposed:
    The Pingfang revelations made Japan a pariah abroad, and the photographs your soldiers took there are the thing foreigners ask you about first.
}
{ unit731_spirited_east:
    The men from Pingfang and their papers are somewhere in the Soviet Union. Nobody tells you where. You signed the order, and it is the part of your victory you do not describe to anyone, and the part that will outlast the rest.
}
{ sakhalin_fought:
    North Sakhalin was lost in the diversion you chose to fight there and handed back in the peace.
- else:
    North Sakhalin was lost in September and handed back in the peace.
}

A Marshal is a man to whom a great deal is forgiven and nothing is forgotten. In the spring of 1941 the aviators are arrested, your old comrades from Spain among them, and your name is in their files. But a Marshal who has just taken Manchuria is not a man the Boss wants to explain away. The net passes over you. You know exactly how close it came.

{ zhukov_fate == "rising":
    When Germany attacks in 1941, Zhukov goes west to stand in front of Moscow, with Siberian divisions the Far East can now spare because Japan no longer has an army in Manchuria to threaten it.
- else:
    When Germany attacks in 1941, the Siberian divisions the Far East can now spare go west to Moscow. The Red Army finds the generals to lead them, though not, perhaps, the one it might have had.
}
Your wife and daughter move into an apartment on the Arbat. They are careful what they say on the telephone, as everyone is.

What really happened: Shtern never took Mukden. The Khalkhin Gol ended with a ceasefire in September 1939, and the Red Army reached Mukden only in August 1945. Shtern, a Hero of the Soviet Union and Colonel-General, was arrested in June 1941 and shot on 28 October 1941.
-> END

// SH-E5 — the historical ending (default).
=== sh_end_barbysh
# ending: SH-E5
# date: June – 28 October 1941
# place: Barbysh, near Kuibyshev
# map: moscow
# music: elegy
# codex: barbysh
They arrest you in June 1941, a few weeks before the Germans cross the border.

{ khalkhin_won && tl != "S0":
    You are a Hero of the Soviet Union, decorated for the Khalkhin Gol. {manchuria_war: You took Manchuria for the Boss, or most of it. |}You commanded at Khasan, {distanced_spain: and you headed the air defence of the country, |}and you were a Colonel-General. None of that is evidence for you. All of it is evidence.
- else:
    {khalkhin_won: You commanded at Khasan and at Nomonhan|You commanded at Khasan}, and you were a Colonel-General. None of that is evidence for you. All of it is evidence.
}

The charge is the one they are using that spring: membership of a military conspiracy, recruited in Spain. Smushkevich is in the same building, and Rychagov, and the engineers, and men from the air districts whose only common feature is Madrid. {distanced_spain: You did not answer their letters. It did not matter. |}The investigators do not need you to have done anything. They need you to sign.

On 22 June the war comes, and for weeks the prisoners in the cells hear nothing, and then they hear guns. In October, as the Germans close on Moscow, the government evacuates to Kuibyshev on the Volga, and its prisoners go with it.

On 28 October 1941, at Barbysh, outside Kuibyshev, you are shot together with other arrested commanders, most of them aviators. You are forty-one years old.

{ zhukov_fate == "executed":
    That month Moscow is defended by lesser men than Zhukov, who has been dead for more than a year.
- else:
    {zhukov_fate == "sidelined": That month Zhukov, whose rise you once slowed, takes|That month Zhukov takes} command in front of Moscow. The divisions that will save the capital in December come from the Far East you once commanded, freed because Japan {khalkhin_won: remembers the Khalkhin Gol and }has decided to go south instead.
}
{ sh_mukden_plan:
    The investigators have your appreciation of August 1939, the plan for Hailar and Mukden, and in their protocol it has become an attempt to drag the Soviet Union into a war with Japan on the eve of the pact, at the instruction of a foreign intelligence service. They read you your own figures for fuel and bridging as evidence of how long you had prepared. In August 1945 the Red Army will go into Manchuria along roads very like the ones you drew that night in Chita, and nobody will say whose they were.
}
{ blucher_denounced:
    Somewhere in the archive, in a file that was closed on 9 November 1938, there is a report in your handwriting about Marshal Blyukher. The men who read it to you at Lefortovo told you that it proved you had always known how conspirators think.
}

Voroshilov, who made your career, does not intervene. Perhaps he cannot; perhaps he does not try. He outlives you by almost thirty years.

Your wife and daughter live with your name as families of the repressed live with names, quietly, until the country decides, in its own time, to say them aloud again.

What really happened: this is what happened. Grigori Mikhailovich Shtern, commander at Khasan in 1938, Front Group commander on the Khalkhin Gol in 1939, first name on the list of its Heroes, commander of the 8th Army in Finland, Colonel-General and head of the country's air defence, was arrested in June 1941 and shot at Barbysh near Kuibyshev on 28 October 1941, aged forty-one.
-> END

// SH-E6 ★ — the counterfactual survival.
=== sh_end_not_shot
# ending: SH-E6
# date: June – December 1941
# place: Moscow
# map: moscow
# music: title
In June 1941 the arrests come close enough to touch.

Smushkevich is taken. Rychagov is taken. The engineers, the aviators, the men from Madrid. Every morning you come into the Air Defence Directorate and look first at the faces of your staff, to see who is missing, and then at your own desk, to see whether anyone has been through it. You never did answer their letters. You let other men stand in the light whenever you could, and you never signed a word against Blyukher. Nobody knows whether that is the reason; you do not know it yourself. Perhaps it was only luck.

On 22 June the Germans cross the border, and there is no more time for lists.

You spend the autumn of 1941 in Moscow, with the guns and the searchlights and the barrage balloons of the capital's air defence. You know the German bombers from Spain; you know what they do to a city that waits for them to arrive. You scatter the fighters on strips the Luftwaffe does not know about, because Tamsak-Bulak taught you what a bomber does to aircraft parked in rows. Moscow burns in places. It does not burn the way Madrid did.

In October the government goes to Kuibyshev, and with it the prisoners. On 28 October, at a place called Barbysh, outside the city, a group of arrested commanders is shot: Smushkevich among them, and Rychagov, and others you drank with in Spain. You learn of it much later, and by accident, from a file that should not have crossed your desk. You read it at night. You do not tell your wife. You think of the letters you did not answer.

In front of Moscow, Zhukov holds. The Siberian divisions come west through the snow, freed because Japan, remembering the Khalkhin Gol, has turned south. In December the Red Army counter-attacks, and the Germans fall back from the capital for the first time in the war. Zhukov's name is in every newspaper. Yours is in a few, on the inside pages, which is where you want it.

{ zhukov_fate == "rising":
    He telephones you once, that winter, to ask for more anti-aircraft guns for his front. He does not thank you for anything. You understand each other perfectly.
}

You will not be safe. Nobody is safe. There will be other lists, and the country's gratitude will last exactly as long as the war. But on the last night of 1941 you are alive, in Moscow, with your wife and daughter, and outside the windows the searchlights cross the sky over a city that has not fallen.

What really happened: Shtern did not survive. He was arrested in June 1941 and shot at Barbysh near Kuibyshev on 28 October 1941 with Smushkevich, Rychagov and other commanders. Zhukov defended Moscow in 1941 and became a Marshal of the Soviet Union.
-> END
