=== kwantung_act3
~ act_settle()
-> checkpoint("final")
