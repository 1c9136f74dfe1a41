#!/usr/bin/env python3
"""Write the brief for fresh batch N: gen_brief.py N PARTNER THEME END (to /tmp/brief_N.md)."""
import sys
def gen(n, partner, theme, end):
    lo = 2060 + (n - 200) * 10
    t = open('data/eval/fresh_brief.md').read()
    t = t.replace('{N}', str(n)).replace('{LO}', str(lo)).replace('{HI}', str(lo + 9)).replace('{PARTNER}', str(partner)).replace('{THEME}', theme).replace('{END}', str(end))
    open(f'/tmp/brief_{n}.md', 'w').write(t)
    return t
if __name__ == '__main__':
    gen(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
