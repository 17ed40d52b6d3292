// Undeclared War — the whole story. Open this file in Inky to play it.
// The game's title screen starts a campaign at its *_start knot directly;
// in Inky and in story:check the choice below does the same.

INCLUDE common/meters.ink
INCLUDE common/flags.ink
INCLUDE common/endings.ink
INCLUDE common/told.ink
INCLUDE shtern/act1.ink
INCLUDE shtern/act2.ink
INCLUDE shtern/act3.ink
INCLUDE shtern/endings.ink
INCLUDE chiang/act1.ink
INCLUDE chiang/act2.ink
INCLUDE chiang/act3.ink
INCLUDE chiang/endings.ink
INCLUDE kwantung/act1.ink
INCLUDE kwantung/act2.ink
INCLUDE kwantung/act3.ink
INCLUDE kwantung/endings.ink

-> choose_figure

=== choose_figure
Whose war will you fight?
* [Grigori Shtern, Soviet Far Eastern command]
    -> shtern_start
* [Chiang Kai-shek, Generalissimo of China]
    -> chiang_start
* [A major of the Kwantung Army operations section]
    -> kwantung_start
