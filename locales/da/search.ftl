## Sådan læser søgningen dansk. Se locales/en/search.ftl for, hvad de to
## beskeder betyder. Ingen af dem vises for brugeren.

search-stemmer = danish
search-stop-words =
    af, alle, alt, anden, andet, at, bare, blev, blive, bliver, da, de, dem, den, denne, der, deres,
    det, dette, dig, din, dine, disse, dit, du, efter, eller, en, end, er, et, for, fordi, få,
    får, gør, gøre, han, hans, har, havde, have, hende, hendes, her, hos, hun, hvad, hvis, hvor,
    hvordan, hvorfor, i, ikke, ind, jeg, jer, jo, kan, kun, kunne, lige, man, mange,
    meget, men, mig, min, mine, mit, mod, må, ned, noget, nogle, nu, når, og, også, om, op, os,
    over, på, sig, sin, sine, sit, skal, skulle, som, stadig, så, sådan, thi, til, ud, under, var,
    vi, vil, ville, vores, være, været
