#!/usr/bin/env bash
# fuzz_folderwatcher reuses one session per server profile and restores it after each input. An
# input must behave the same whatever ran before it (libFuzzer reproduces a crash by running the
# input alone), so this runs the corpus and compares each input's outcome digest (the signals
# the watcher emitted, the commands the client sent, the final mailbox, store and timer state):
#   fresh:   every input on a newly built session (FUZZ_FOLDERWATCHER_FRESH), the reference;
#   forward: reused sessions, the inputs in name order;
#   reverse: reused sessions, the inputs in reverse order;
#   alone:   reused sessions, every 16th input alone in its own process.
# Every digest must equal the reference.
#
# With --leave-behind N the restore skips member N (FuzzSessionState::restore) and the check
# must find a difference (fresh against forward only): it passes only then, which proves the
# comparison can fail.
#
# Usage: check-determinism.sh [--leave-behind N] FUZZER CORPUS_DIR
set -euo pipefail

leave_behind=
if [ "${1:-}" = --leave-behind ]; then
    leave_behind=$2
    shift 2
fi
fuzzer=$1
corpus=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mapfile -t inputs < <(find "$corpus" -type f | sort)
[ ${#inputs[@]} -gt 0 ] || { echo "check-determinism: no inputs in $corpus" >&2; exit 1; }
reversed=()
for ((i = ${#inputs[@]} - 1; i >= 0; --i)); do
    reversed+=("${inputs[i]}")
done

# run NAME [VAR=value...] -- INPUTS...: appends "<sha1 of input> <sha1 of outcome>" lines to
# $work/NAME (libFuzzer may run an input twice: its leak check reruns it).
run() {
    local name=$1
    shift
    local vars=()
    while [ "$1" != -- ]; do
        vars+=("$1")
        shift
    done
    shift
    if ! env "${vars[@]}" FUZZ_FOLDERWATCHER_DIGEST="$work/$name" "$fuzzer" "$@" \
        >>"$work/$name.log" 2>&1; then
        echo "check-determinism: the $name run failed; its log follows" >&2
        tail -n 40 "$work/$name.log" >&2
        exit 1
    fi
}

reused=()
[ -n "$leave_behind" ] && reused=("FUZZ_FOLDERWATCHER_LEAVE_BEHIND=$leave_behind")

names=(fresh forward)
run fresh FUZZ_FOLDERWATCHER_FRESH=1 -- "${inputs[@]}"
run forward "${reused[@]}" -- "${inputs[@]}"
if [ -z "$leave_behind" ]; then # proving that the comparison can fail needs one order only
    names+=(reverse alone)
    run reverse -- "${reversed[@]}"
    for ((i = 0; i < ${#inputs[@]}; i += 16)); do
        run alone -- "${inputs[i]}"
    done
fi

differences=0
for name in "${names[@]}"; do
    sort -u "$work/$name" >"$work/$name.sorted"
    # One input, two outcomes within one run. (No grep -q in a pipe: with pipefail, the
    # writer's SIGPIPE would make a found line look like none.)
    twice=$(cut -d' ' -f1 "$work/$name.sorted" | uniq -d)
    if [ -n "$twice" ]; then
        echo "check-determinism: $name: an input gave two different outcomes in one run:" >&2
        head -n 5 <<<"$twice" >&2
        differences=1
    fi
done
count=$(wc -l <"$work/fresh.sorted")
if [ "$count" -ne "$(sha1sum "${inputs[@]}" | cut -d' ' -f1 | sort -u | wc -l)" ]; then
    echo "check-determinism: the reference run has $count digests, not one per input" >&2
    exit 1
fi
for name in "${names[@]:1:2}"; do
    if ! diff "$work/fresh.sorted" "$work/$name.sorted" >"$work/$name.diff"; then
        echo "check-determinism: $name order differs from fresh sessions for" \
            "$(grep -c '^>' "$work/$name.diff") of $count inputs, e.g.:" >&2
        grep '^>' "$work/$name.diff" | sed -n 1,5p >&2
        differences=1
    fi
done
alone=
[ -f "$work/alone.sorted" ] && alone=$(comm -23 "$work/alone.sorted" "$work/fresh.sorted")
if [ -n "$alone" ]; then
    echo "check-determinism: inputs run alone differ from fresh sessions:" >&2
    head -n 5 <<<"$alone" >&2
    differences=1
fi

if [ -n "$leave_behind" ]; then
    if [ $differences -eq 0 ]; then
        echo "check-determinism: member $leave_behind left behind, yet no input behaved" \
            "differently: the check cannot see that member" >&2
        exit 1
    fi
    echo "check-determinism: member $leave_behind left behind: found, as it must be"
    exit 0
fi
[ $differences -eq 0 ] || exit 1
echo "check-determinism: $count inputs, the same outcome fresh, in two orders and alone"
