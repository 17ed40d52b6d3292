=== shtern_act2
~ act_settle()
-> shtern_act3
