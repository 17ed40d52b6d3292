// ─────────────────────────────────────────────────────────────────────────────
// Telling the player what the story did to the meters.
//
// The HUD credits a choice with its own effects only, up to the first
// checkpoint after it. Whatever the story moves later on its own (a scene's
// opening, the settling between acts) it must say in words, with the values,
// in the same form the HUD uses: "Stalin's Favour 62 → 70, Logistics 45 → 50".
// (design §8; tests/story/narratedChanges.test.ts holds the story to it.)
//
// Use:
//     -> checkpoint("chapter") ->
//     ~ mark_meters()
//     ~ change_nkvd(5)
//     # chapter: …
//     ~ tell_changes("The defection lands on every desk in the building.")
// prints "The defection … building. NKVD Attention 35 → 40." (nothing if the
// clamp left every meter where it was). For a longer passage, test
// meters_moved(), print {changes_since_mark()}, then ~ forget_mark().
//
// Print after the scene's `# chapter:` and date tags, so the change reads as
// the opening of the new scene, under its heading and dateline.
// The labels below are the HUD's (src/core/meters.ts), for this figure only.
// ─────────────────────────────────────────────────────────────────────────────

// The marked values. Scratch: forget_mark() resets them before the next choice,
// so they never add states for story:check.
VAR marked = false
VAR was_stalin = 0
VAR was_supply = 0
VAR was_diplo = 0
VAR was_nkvd = 0
VAR was_leash = 0
VAR was_unity = 0
VAR was_autonomy = 0
VAR was_north = 0
VAR was_opinion = 0
VAR was_cas_sov = 0
VAR was_cas_jpn = 0
VAR was_cas_chn = 0

=== function mark_meters()
~ marked = true
~ was_stalin = stalin
~ was_supply = supply
~ was_diplo = diplo
~ was_nkvd = nkvd
~ was_leash = leash
~ was_unity = unity
~ was_autonomy = autonomy
~ was_north = north
~ was_opinion = opinion
~ was_cas_sov = cas_sov
~ was_cas_jpn = cas_jpn
~ was_cas_chn = cas_chn

=== function forget_mark()
~ marked = false
~ was_stalin = 0
~ was_supply = 0
~ was_diplo = 0
~ was_nkvd = 0
~ was_leash = 0
~ was_unity = 0
~ was_autonomy = 0
~ was_north = 0
~ was_opinion = 0
~ was_cas_sov = 0
~ was_cas_jpn = 0
~ was_cas_chn = 0

// Did a meter this figure's HUD shows move since mark_meters()?
=== function meters_moved()
~ return marked && changes_since_mark() != ""

// "Label a → b, Label a → b" for every meter this figure's HUD shows that moved
// since mark_meters(), in the HUD's order; "" when none did.
=== function changes_since_mark()
{ not marked:
    ~ return ""
}
~ temp list = ""
~ list = listed(list, stalin_label(), was_stalin, stalin, "")
~ list = listed(list, "Logistics", was_supply, supply, "")
~ list = listed(list, "Diplomatic Standing", was_diplo, diplo, "")
{ figure == "shtern":
    ~ list = listed(list, "NKVD Attention", was_nkvd, nkvd, "")
}
{ figure == "kwantung":
    ~ list = listed(list, "Tokyo's Trust", was_leash, leash, "")
}
{ figure == "chiang":
    ~ list = listed(list, "United Front", was_unity, unity, "")
    ~ list = listed(list, "Freedom of Action", was_autonomy, autonomy, "")
}
~ list = listed(list, "Strike North", was_north, north, "")
~ list = listed(list, "World Opinion", was_opinion, opinion, "")
~ list = listed(list, "Soviet casualties", was_cas_sov, cas_sov, "k")
~ list = listed(list, "Japanese casualties", was_cas_jpn, cas_jpn, "k")
{ figure == "chiang":
    ~ list = listed(list, "Chinese casualties", was_cas_chn, cas_chn, "k")
}
~ return list

// One sentence, then the changes with values; nothing when nothing moved.
// Always forgets the mark.
=== function tell_changes(prose)
{ meters_moved():
    {prose} {changes_since_mark()}.
}
~ forget_mark()

=== function stalin_label()
{ figure == "kwantung":
    ~ return "Moscow's Restraint"
}
~ return "Stalin's Favour"

=== function listed(list, label, before, after, unit)
{ before == after:
    ~ return list
}
~ temp item = label + " " + before + unit + " → " + after + unit
{ list == "":
    ~ return item
}
~ return list + ", " + item

// Did a casualty count grow since mark_meters()? (the settling's late returns)
=== function casualties_moved()
~ return marked && (cas_sov != was_cas_sov || cas_jpn != was_cas_jpn || (figure == "chiang" && cas_chn != was_cas_chn))
