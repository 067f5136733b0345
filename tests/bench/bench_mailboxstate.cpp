// What the mailbox state costs on a large folder (issue 13, §2): the unseen count the folder
// status reads after every change, the copy of the known messages the watcher keeps before it
// re-SELECTs on a new connection (with every UID known, and with one slot whose UID is not known
// yet), a VANISHED of many UIDs and a run of single EXPUNGEs. In-process, no server: the state is
// filled the way the initial "UID FETCH 1:* (UID FLAGS)" fills it. Prints the median of several
// repetitions of each; asserts nothing about speed.
//
// Usage: bench_mailboxstate [messages (100000)] [repetitions (7)]
#include "benchfigures.h"

#include "engine/mailboxstate.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

using namespace ImapCore;

namespace {

// UID 2n for message n; every third message unseen; every 100th with a keyword.
std::unique_ptr<MailboxState> filled(quint32 count, bool oneUnknownSlot)
{
    auto state = std::make_unique<MailboxState>();
    state->apply(ExistsResponse {count + (oneUnknownSlot ? 1 : 0)});
    state->beginBatch();
    for (quint32 seq = 1; seq <= count; ++seq) {
        FetchResponse fetch;
        fetch.sequenceNumber = seq;
        fetch.uid = seq * 2;
        QList<QByteArray> flags;
        if (seq % 3 != 0)
            flags.append("\\Seen");
        if (seq % 100 == 0)
            flags.append("$Important");
        fetch.flags = flags;
        state->apply(fetch);
    }
    if (oneUnknownSlot) {
        // EXISTS announced it and a FETCH gave its flags, but not its UID yet.
        FetchResponse fetch;
        fetch.sequenceNumber = count + 1;
        fetch.flags = QList<QByteArray> {};
        state->apply(fetch);
    }
    state->endBatch();
    state->markSynchronized();
    return state;
}

// Milliseconds for one call of work on a state that setup() makes afresh (not timed).
double timeOnce(const std::function<std::unique_ptr<MailboxState>()> &setup,
                const std::function<void(MailboxState &)> &work)
{
    auto state = setup();
    QElapsedTimer timer;
    timer.start();
    work(*state);
    return double(timer.nsecsElapsed()) / 1e6;
}

double medianOf(int repetitions, const std::function<std::unique_ptr<MailboxState>()> &setup,
                const std::function<void(MailboxState &)> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i)
        ms.push_back(timeOnce(setup, work));
    return BenchFigures::median(ms);
}

// What FolderWatcher copies before a re-SELECT (its resync baseline).
qsizetype copyKnownMessages(const MailboxState &state)
{
    const MailboxState::KnownMessages known = state.knownMessages();
    return known.uids.size() + known.flags.size();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const quint32 count = argc > 1 ? quint32(std::max(1, atoi(argv[1]))) : 100000;
    const int repetitions = argc > 2 ? std::max(1, atoi(argv[2])) : 7;
    std::printf("bench_mailboxstate: %u messages, median of %d\n", count, repetitions);

    const auto plain = [count] {
        return filled(count, false);
    };
    const auto withUnknown = [count] {
        return filled(count, true);
    };

    volatile quint64 sink = 0;
    const double unseen = medianOf(repetitions, plain, [&](MailboxState &state) {
        for (int i = 0; i < 1000; ++i)
            sink = sink + state.unseenCount();
    });
    std::printf("unseen count: %.3f us a call\n", unseen); // 1000 calls: ms -> us a call

    const double copyKnown = medianOf(repetitions, plain, [&](MailboxState &state) {
        sink = sink + quint64(copyKnownMessages(state));
    });
    const double copyUnknown = medianOf(repetitions, withUnknown, [&](MailboxState &state) {
        sink = sink + quint64(copyKnownMessages(state));
    });
    std::printf("resync baseline copy: %.1f ms (every UID known), %.1f ms (one slot unknown)\n",
                copyKnown, copyUnknown);

    const quint32 vanishedCount = count / 10;
    const double vanished = medianOf(repetitions, plain, [&](MailboxState &state) {
        SequenceSet uids;
        for (quint32 seq = 10; seq <= count; seq += 10)
            uids.add(seq * 2);
        state.apply(VanishedResponse {false, uids});
    });
    std::printf("VANISHED of %u UIDs (every 10th): %.1f ms\n", vanishedCount, vanished);

    const double expunges = medianOf(repetitions, plain, [&](MailboxState &state) {
        state.beginBatch();
        for (int i = 0; i < 1000; ++i)
            state.apply(ExpungeResponse {1});
        state.endBatch();
    });
    std::printf("1000 EXPUNGEs of the first message, one batch: %.1f ms\n", expunges);
    return sink == 0 ? 1 : 0;
}
