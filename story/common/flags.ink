// ─────────────────────────────────────────────────────────────────────────────
// Flags: the few facts a campaign carries forward (story bible §1.4).
// Each is set by one decision and read by a later scene or by an ending.
// Keep them few: every flag can double the states story:check must explore.
// ─────────────────────────────────────────────────────────────────────────────

// Act I
VAR lyushkov_value = ""        // "high" | "low": how much Lyushkov's files were worth to Tokyo
VAR blucher_denounced = false  // Shtern wrote or spoke against Blyukher
VAR changkufeng_held = false   // S0: the Japanese dug in and kept the heights
VAR nomonhan_1938 = false      // S0: the war moved to Nomonhan in August 1938
VAR aid_cut = false            // S0: Moscow traded its aid to China for the hill
VAR wuhan_respite = false      // Chiang used the Khasan respite to move industry and reinforce Wuhan
VAR underestimate = false      // Kwantung: "the Red Army is hollow" (raises Japanese losses later)
VAR forged_orders = false      // Kwantung: answered Tokyo under his own seal

// Act II
VAR airbase_dispersed = false  // Tamsak-Bulak was dispersed and hardened before the raid
VAR zhukov_fate = ""           // "rising" | "sidelined" | "executed"
VAR khalkhin_won = false       // the Soviet side won the 1939 (or S0 1938) Mongolian battle
VAR manchuria_war = false      // S1: Stalin's war for Manchuria is on
VAR chiang_forced_offensive = false // S1: Chiang attacked on Moscow's timetable, unprepared
VAR chiang_offensive_timed = false  // S1: a limited Chinese offensive timed to the Soviet blow
VAR soviet_delay = false       // S1: the Soviet timetable slipped (Kwantung fell back behind the Yalu line)

// Act III
VAR harbin_pocket = false      // S1: the Kwantung Army stood and was encircled at Harbin
VAR mukden_taken = false       // S1: the Red Army reached Mukden before winter
VAR sakhalin_lost = false      // S1: North Sakhalin fell to Japan
VAR sakhalin_fought = false    // S1: Shtern fought Sakhalin as a costly diversion (SH-11 A)
VAR sakhalin_taken = false     // S1: Japan took North Sakhalin as a bargaining chip
VAR unit731_exposed = false    // Pingfang opened to the world
VAR unit731_spirited_east = false // Pingfang's people and papers shipped to the USSR
VAR unit731_destroyed = false  // Pingfang destroyed in time (a cover-up)
VAR peace_feelers = false      // Chiang opened secret talks with Tokyo
VAR tripartite_deal = false    // S1: Anglo-French-Soviet deal; no Nazi-Soviet pact
VAR n4a_crushed = false        // Chiang crushed the New Fourth Army (Jan 1941)
VAR northeast_to_ccp = false   // S1: Chiang let the CCP run the liberated Northeast
VAR distanced_spain = false    // Shtern kept his Spanish comrades at arm's length in 1941
VAR sh_mukden_plan = false     // Shtern, OTL: asked Moscow for the strike toward Mukden (SH-10 D); read by SH-11, the 1941 Reckoning and SH-E5
VAR kantokuen = false          // Kwantung: war in September 1941 was sanctioned
VAR kw_went_south = false      // Kwantung, S0: took the southern research post in Tokyo (KW-11s A); read by KW-E5
VAR kw_order_restrained = false  // Kwantung, OTL/S1: wrote restraint into Order 1488 (KW-5 B); read by KW-E2 (the S1 line, which a 1939 route can still join in Act III)
VAR kw_withdrew_on_schedule = false // Kwantung, S0: withdrew from the hill on schedule (KW-7s A: the salute); read by KW-12s and KW-E6
VAR kw_line_drawn_honestly = false  // Kwantung, S0: drew the border line honestly (KW-10s A); read by KW-12s, cleared after it
VAR ch_handover_demanded = false // Chiang, S1: demanded a full Soviet handover of the Northeast (CH-12 B); read by CH-E6
VAR ch_leaned_on_moscow = false // Chiang, OTL/S0: leaned on Moscow in August 1939 (CH-9 A); read by CH-10, cleared after it
