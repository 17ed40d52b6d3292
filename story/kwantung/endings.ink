=== kw_end_gekokujo
# ending: KW-E1
-> END
=== kw_end_yalu_line
# ending: KW-E2
-> END
=== kw_end_karafuto
# ending: KW-E3
-> END
=== kw_end_north_wind_rain
# ending: KW-E4
-> END
=== kw_end_sent_south
# ending: KW-E5
-> END
=== kw_end_hill_we_kept
# ending: KW-E6
-> END
