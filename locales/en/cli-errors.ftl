## What is said when the command line is wrong (clap's errors); read only
## when that happens. $arg is an argument as clap shows it ('--format
## <FORMAT>'), $value and $name what was typed, $names and $values lists
## clap made; keep the quotes around them.

cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-missing-value = a value is required for '{ $arg }' but none was supplied
cli-error-possible-values = [possible values: { $values }]
cli-error-unexpected-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-missing-arguments = { $count ->
        [one] the following required argument was not provided:
       *[other] the following required arguments were not provided:
    }
cli-error-unknown-subcommand = unrecognized subcommand '{ $name }'
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-conflict-list = the argument '{ $arg }' cannot be used with:
cli-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-error-repeated = the argument '{ $arg }' cannot be used multiple times
cli-error-similar-argument = tip: { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
cli-error-similar-subcommand = tip: { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
cli-error-similar-value = tip: { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
cli-error-as-value = tip: to pass '{ $arg }' as a value, use '{ $instead }'
cli-error-remove-dashes = tip: subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-error-usage = Usage: { $usage }
cli-error-more = For more information, try '{ $help }'.
