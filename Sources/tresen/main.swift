print("tresen")
