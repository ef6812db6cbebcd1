import os


# --8<-- [start:main]
def main():
    print("hi")
# --8<-- [end:main]

main()
