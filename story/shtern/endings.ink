=== sh_end_scapegoat
# ending: SH-E1
-> END
=== sh_end_victors_shot
# ending: SH-E2
-> END
=== sh_end_stalemate
# ending: SH-E3
-> END
=== sh_end_marshal
# ending: SH-E4
-> END
=== sh_end_barbysh
# ending: SH-E5
-> END
=== sh_end_not_shot
# ending: SH-E6
-> END
