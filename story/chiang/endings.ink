=== ch_end_separate_peace
# ending: CH-E1
-> END
=== ch_end_generalissimo
# ending: CH-E2
-> END
=== ch_end_maos_northeast
# ending: CH-E3
-> END
=== ch_end_wuhan_respite
# ending: CH-E4
-> END
=== ch_end_halfway
# ending: CH-E5
-> END
=== ch_end_northeast_restored
# ending: CH-E6
-> END
