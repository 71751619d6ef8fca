## `mfa-doctor stats MAPPE`: hvad en mappe med gemte sager siger samlet.

cli-stats = Vis hvad gemte sager siger samlet: for hvert forløb hvordan sagerne endte, hvilket trin der løste dem, hvor de blev givet videre til Helpdesk, og den mediane opkaldstid
cli-stats-dir = Mappe med gemte sager (deres .json-filer)
cli-stats-format = Outputformat: text til mennesker (standard), csv til et regneark, json til scripts
stats-dir-failed = { $dir } kan ikke læses: { $detail }
stats-skipped = sprang over { $place }: { $reason }
stats-skipped-summary = { $count ->
        [one] 1 fil var ikke en sag og blev sprunget over (nævnt ovenfor).
       *[other] { $count } filer var ikke sager og blev sprunget over (nævnt ovenfor).
    }
stats-too-many = Kun de første { $max } sagsfiler (efter navn) blev læst; de øvrige { $left } blev ikke. Flyt ældre sager til en anden mappe.
stats-summary = { $tickets ->
        [one] 1 sagsfil
       *[other] { $tickets } sagsfiler
    } i { $dir }: { $cases ->
        [one] 1 sag.
       *[other] { $cases } sager.
    }
stats-resaved = { $count ->
        [one] 1 sag blev gemt igen efter --resume; kun dens nyeste sagsfil tælles med.
       *[other] { $count } sager blev gemt igen efter --resume; kun deres nyeste sagsfiler tælles med.
    }
stats-none = Der er ingen sager i { $dir }.
stats-flow = { $title } ({ $flow })
stats-flow-unknown = { $flow }
stats-no-flow = Endte ved det første spørgsmål, før noget forløb
stats-counts = { $cases ->
        [one] 1 sag
       *[other] { $cases } sager
    }: { $fixed } løst, { $escalated } givet videre til Helpdesk, { $urgent } akutte, { $unfinished } ikke afsluttet
stats-median = Median opkaldstid: { $time }
stats-fixed-by = Løst af trinnet:
stats-escalated-at = Givet videre til Helpdesk ved:
stats-item = { $count }× { $title } ({ $node })
stats-item-unknown = { $count }× { $node }
