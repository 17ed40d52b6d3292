// ─────────────────────────────────────────────────────────────────────────────
// Meters and flags: the story's state. The TypeScript state layer
// (src/core/meters.ts) mirrors these names, ranges and labels.
//
// RULE: outside this folder, never assign a meter directly. Use the change_*
// functions below: they keep every meter on its step of 5 and inside its range,
// so the story stays explorable and playable in Inky. story:check enforces it.
// ─────────────────────────────────────────────────────────────────────────────

// Which campaign is running: "shtern", "chiang" or "kwantung".
VAR figure = ""

// Core meters (every campaign), 0–100.
VAR stalin = 50     // Stalin's Favour (Kwantung UI: Moscow's Restraint)
VAR supply = 50     // Logistics
VAR diplo = 50      // Diplomatic Standing

// Figure meters.
VAR nkvd = 30       // Shtern: NKVD Attention, 0–100
VAR zhukov_file = 0 // Shtern (hidden): the file on Zhukov, 0–100
VAR leash = -10     // Kwantung: Tokyo's Trust (+) ↔ Kwantung Independence (−), −50…50
VAR unity = 55      // Chiang: United Front, 0–100
VAR autonomy = 70   // Chiang: Freedom of Action, 0–100

// World meters, 0–100.
VAR north = 55      // Strike North momentum
VAR opinion = 50    // World Opinion toward the player's side

// Casualties, thousands, cumulative (not clamped above; never below 0).
VAR cas_sov = 0
VAR cas_jpn = 0
VAR cas_chn = 0

// Timeline: "OTL" (history), "S0" (1938 bite-and-hold), "S1" (early Nomonhan 1939).
VAR tl = "OTL"

// ── Setup: one per campaign, sets the bible's starting values (§1.1–1.3) ──
=== function setup_shtern()
~ figure = "shtern"
~ stalin = 55
~ supply = 40
~ diplo = 45
~ nkvd = 30
~ north = 55
~ opinion = 50

=== function setup_chiang()
~ figure = "chiang"
~ stalin = 50
~ supply = 35
~ diplo = 40
~ unity = 55
~ autonomy = 70
~ north = 55
~ opinion = 50

=== function setup_kwantung()
~ figure = "kwantung"
~ stalin = 55
~ supply = 55
~ diplo = 50
~ leash = -10
~ north = 55
~ opinion = 50

// ── Clamping ──
=== function clamp(x, lo, hi)
{
- x < lo:
    ~ return lo
- x > hi:
    ~ return hi
- else:
    ~ return x
}

// ── The only way to move a meter. d is a multiple of 5. ──
=== function change_stalin(d)
~ stalin = clamp(stalin + d, 0, 100)

=== function change_supply(d)
~ supply = clamp(supply + d, 0, 100)

=== function change_diplo(d)
~ diplo = clamp(diplo + d, 0, 100)

=== function change_nkvd(d)
~ nkvd = clamp(nkvd + d, 0, 100)

=== function change_zhukov_file(d)
~ zhukov_file = clamp(zhukov_file + d, 0, 100)

=== function change_leash(d)
~ leash = clamp(leash + d, -50, 50)

=== function change_unity(d)
~ unity = clamp(unity + d, 0, 100)

=== function change_autonomy(d)
~ autonomy = clamp(autonomy + d, 0, 100)

=== function change_north(d)
~ north = clamp(north + d, 0, 100)

=== function change_opinion(d)
~ opinion = clamp(opinion + d, 0, 100)

// Casualties in thousands; decimals allowed (0.5 = five hundred).
=== function add_cas_sov(k)
~ cas_sov = clamp(cas_sov + k, 0, 1000)

=== function add_cas_jpn(k)
~ cas_jpn = clamp(cas_jpn + k, 0, 1000)

=== function add_cas_chn(k)
~ cas_chn = clamp(cas_chn + k, 0, 1000)

// ── Act funnel ──
// Months pass between acts and small differences wash out. At the first line
// of Act II and of Act III every 0–100 meter settles to its nearest ten; a
// value halfway between two tens (35, 65…) goes toward the middle (50). Tokyo's
// trust settles the same way around 0, the Zhukov file like a 0–100 meter.
// So a meter moves by 5 at most, and only toward the middle. Casualty counts
// only ever grow: they round UP to the next 5 thousand (the missing confirmed
// dead, the wounded who died). Flags keep the specifics.
// Only the meters of this figure's campaign settle; another figure's meter is
// left alone (it means nothing here, and moving it would be a silent change).
// Why: story:check can then still explore every campaign completely
// (docs/WRITING.md, "The state funnel").
// It marks the meters first: the act's first scene tells what moved, with
// values, after its chapter tag (story/common/told.ink).
=== function act_settle()
~ mark_meters()
~ stalin = settle_band(stalin, 50)
~ supply = settle_band(supply, 50)
~ diplo = settle_band(diplo, 50)
~ north = settle_band(north, 50)
~ opinion = settle_band(opinion, 50)
~ cas_sov = settle_cas(cas_sov)
~ cas_jpn = settle_cas(cas_jpn)
{ figure:
- "shtern":
    // No amnesty: within ten of the arrest line (90), attention stays where it is.
    { nkvd < 80:
        ~ nkvd = settle_band(nkvd, 50)
    }
    ~ zhukov_file = settle_band(zhukov_file, 50)
- "chiang":
    ~ unity = settle_band(unity, 50)
    ~ autonomy = settle_band(autonomy, 50)
    ~ cas_chn = settle_cas(cas_chn)
- "kwantung":
    // No amnesty: within ten of the line where forged orders finish him (−45),
    // Tokyo's distrust stays where it is.
    { leash > -35:
        ~ leash = settle_band(leash, 0)
    }
}

// The nearest ten; a value halfway between two tens goes toward the centre.
=== function settle_band(x, centre)
~ temp below = INT(FLOOR(FLOAT(x) / 10)) * 10
{
- x == below:
    ~ return x
- x < centre:
    ~ return below + 10
- else:
    ~ return below
}

// Casualties up to the next 5 thousand (never down: a count does not shrink).
=== function settle_cas(k)
~ return INT(CEILING(FLOAT(k) / 5) * 5)
