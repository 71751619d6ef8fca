## Det, der siges, når kommandolinjen er forkert (claps fejl); læses kun,
## når det sker. $arg er et argument, som clap viser det ('--format
## <FORMAT>'), $value og $name det, der blev skrevet, og $names og $values
## lister fra clap; behold anførselstegnene.

cli-error-unknown-argument = ukendt argument '{ $arg }'
cli-error-invalid-value = ugyldig værdi '{ $value }' til '{ $arg }'
cli-error-missing-value = '{ $arg }' skal have en værdi
cli-error-possible-values = [mulige værdier: { $values }]
cli-error-unexpected-value = uventet værdi '{ $value }' til '{ $arg }'; der forventes ikke flere værdier
cli-error-missing-arguments = { $count ->
        [one] dette påkrævede argument mangler:
       *[other] disse påkrævede argumenter mangler:
    }
cli-error-unknown-subcommand = ukendt kommando '{ $name }'
cli-error-conflict = argumentet '{ $arg }' kan ikke bruges sammen med '{ $other }'
cli-error-conflict-list = argumentet '{ $arg }' kan ikke bruges sammen med:
cli-error-conflict-others = argumentet '{ $arg }' kan ikke bruges sammen med et eller flere af de andre argumenter
cli-error-repeated = argumentet '{ $arg }' må kun angives én gang
cli-error-similar-argument = tip: { $count ->
        [one] der findes et lignende argument: { $names }
       *[other] der findes lignende argumenter: { $names }
    }
cli-error-similar-subcommand = tip: { $count ->
        [one] der findes en lignende kommando: { $names }
       *[other] der findes lignende kommandoer: { $names }
    }
cli-error-similar-value = tip: { $count ->
        [one] der findes en lignende værdi: { $names }
       *[other] der findes lignende værdier: { $names }
    }
cli-error-as-value = tip: skriv '{ $instead }' for at bruge '{ $arg }' som en værdi
cli-error-remove-dashes = tip: kommandoen '{ $name }' findes; fjern '--' foran den for at bruge den
cli-error-usage = Brug: { $usage }
cli-error-more = Prøv '{ $help }' for at få mere at vide.
