## `mfa-doctor stats DIR`: what a folder of saved tickets says together.

cli-stats = Show what saved tickets say together: per flow, how cases ended, which step fixed them, where they went to the helpdesk, the median call time
cli-stats-dir = Folder of saved tickets (their .json files)
cli-stats-format = Output format: text for people (the default), csv for a spreadsheet, json for scripts
stats-dir-failed = { $dir } cannot be read: { $detail }
# A file in the folder that is not a ticket; $place is its path, with the
# line and column when known.
stats-skipped = skipped { $place }: { $reason }
stats-skipped-summary = { $count ->
        [one] 1 file was not a ticket and was skipped (named above).
       *[other] { $count } files were not tickets and were skipped (named above).
    }
stats-too-many = Only the first { $max } ticket files (by name) were read; { $left } more were not. Move older tickets to another folder.
stats-summary = { $tickets ->
        [one] 1 ticket
       *[other] { $tickets } tickets
    } in { $dir }: { $cases ->
        [one] 1 case.
       *[other] { $cases } cases.
    }
stats-resaved = { $count ->
        [one] 1 case was saved again after --resume; only its newest ticket is counted.
       *[other] { $count } cases were saved again after --resume; only their newest tickets are counted.
    }
stats-none = There are no tickets in { $dir }.
# A flow's heading: its title in the reader's language, and its id.
stats-flow = { $title } ({ $flow })
# A flow the installed content no longer has.
stats-flow-unknown = { $flow }
stats-no-flow = Ended at the first question, before any flow
stats-counts = { $cases ->
        [one] 1 case
       *[other] { $cases } cases
    }: { $fixed } fixed, { $escalated } handed to the helpdesk, { $urgent } urgent, { $unfinished } unfinished
stats-median = Median call time: { $time }
stats-fixed-by = Fixed by the step:
stats-escalated-at = Handed to the helpdesk at:
# One line of a list: how many cases, the node's title and its id.
stats-item = { $count }× { $title } ({ $node })
stats-item-unknown = { $count }× { $node }
