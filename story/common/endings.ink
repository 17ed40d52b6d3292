// ─────────────────────────────────────────────────────────────────────────────
// Endings. Which ending fires is decided by the TypeScript endings catalogue
// (src/core/endings.ts): that is the one source of truth the game uses.
// The ink function below is its fallback so the story still plays in Inky;
// tests/story/endingsAgree.test.ts proves the two agree on every state the
// story can reach.
//
// Use:  -> checkpoint("chapter") ->   at the start of every decision scene
//       -> checkpoint("act1") ->      at the end of Act I
//       -> checkpoint("final")        at the very end (always ends the story)
// ─────────────────────────────────────────────────────────────────────────────

EXTERNAL pick_ending(at)

=== checkpoint(name)
~ temp id = pick_ending(name)
{ id != "":
    -> go_ending(id)
}
->->

// Each campaign's start knot points this at its own ending knots (sh_go_ending in
// shtern/endings.ink …), so the common story names no campaign's knot and each
// campaign compiles on its own: the game loads only the one the player picks
// (tools/ink/campaigns.ts).
VAR figure_endings = -> no_figure_endings

=== go_ending(id)
-> figure_endings(id)

// Only a start knot that forgot to set figure_endings comes here: the story
// stops, and story:check reports that campaign's endings unreachable.
=== no_figure_endings(id)
-> END

// Fallback for Inky: the same rules as src/core/endings.ts, in the same order.
// Returns "" when no ending fires at this checkpoint.
=== function pick_ending(at)
{ figure:
- "shtern":
    ~ return shtern_ending(at)
- "chiang":
    ~ return chiang_ending(at)
- "kwantung":
    ~ return kwantung_ending(at)
}
~ return ""

=== function shtern_ending(at)
{ nkvd >= 90:
    ~ return "SH-E1"
}
{ at == "act1" && (nkvd >= 75 || stalin <= 25):
    ~ return "SH-E1"
}
{ at != "final":
    ~ return ""
}
{ tl == "S0" && nomonhan_1938 && khalkhin_won && zhukov_file >= 40 && nkvd >= 50:
    ~ return "SH-E2"
}
{ tl == "S1" && manchuria_war && mukden_taken && stalin >= 70 && nkvd <= 45:
    ~ return "SH-E4"
}
{ manchuria_war && not mukden_taken:
    ~ return "SH-E3"
}
{ nkvd <= 20 && stalin >= 80 && zhukov_fate == "rising" && khalkhin_won && cas_sov <= 20 && not blucher_denounced:
    ~ return "SH-E6"
}
~ return "SH-E5"

=== function chiang_ending(at)
{ at != "final":
    ~ return ""
}
{ peace_feelers && stalin <= 20 && unity <= 25:
    ~ return "CH-E1"
}
{ chiang_forced_offensive && autonomy <= 30 && stalin >= 60:
    ~ return "CH-E2"
}
{ unity <= 20 && stalin <= 35 && (manchuria_war || northeast_to_ccp || n4a_crushed):
    ~ return "CH-E3"
}
{ tl == "S0" && not aid_cut && wuhan_respite && supply >= 55 && unity >= 40:
    ~ return "CH-E4"
}
{ tl == "S1" && mukden_taken && chiang_offensive_timed && not chiang_forced_offensive && autonomy >= 60 && unity >= 60 && diplo >= 70 && stalin >= 50:
    ~ return "CH-E6"
}
~ return "CH-E5"

=== function kwantung_ending(at)
{ forged_orders && leash <= -45:
    ~ return "KW-E1"
}
{ at != "final":
    ~ return ""
}
{ tl == "S1" && harbin_pocket:
    ~ return "KW-E2"
}
{ tl == "S1" && sakhalin_taken && not harbin_pocket && supply >= 50 && opinion >= 30 && stalin >= 40:
    ~ return "KW-E3"
}
{ kantokuen && north >= 70 && leash >= 0 && supply >= 55 && cas_jpn <= 12:
    ~ return "KW-E4"
}
{ tl == "S0" && changkufeng_held && not nomonhan_1938 && leash >= 30 && supply >= 45 && diplo >= 60 && stalin >= 50:
    ~ return "KW-E6"
}
~ return "KW-E5"
