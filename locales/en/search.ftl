## How search reads English. A translator adding a language copies this file:
## search-stemmer names the Snowball stemmer of the language (arabic, danish,
## dutch, english, finnish, french, german, greek, hungarian, italian,
## norwegian, portuguese, romanian, russian, spanish, swedish, tamil, turkish)
## or "none"; search-stop-words lists words too common to tell topics apart,
## separated by commas or spaces. Neither is shown to anyone.

search-stemmer = english
search-stop-words =
    a, about, after, all, am, an, and, any, are, as, at, be, been, before, being, but, by,
    can, cannot, could, did, do, does, doing, don, for, from, get, gets, getting, got, had, has,
    have, having, he, her, here, him, his, how, i, if, im, in, into, is, it, its, ive, just,
    me, most, my, myself, now, of, on, once, only, or, other, our, out, over, own,
    please, same, she, should, so, some, still, such, than, that, the, their, them, then, there,
    these, they, this, those, through, to, too, try, tried, trying, very, was, we, were, what,
    when, where, which, while, who, why, will, with, would, you, your, yours, ll, re, ve, s, t, d, m
