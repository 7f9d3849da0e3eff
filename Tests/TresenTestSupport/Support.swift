import TresenCore
