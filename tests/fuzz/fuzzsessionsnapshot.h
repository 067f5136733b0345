#pragma once

// Saves and restores every member of a Connection, a FolderWatcher (with the helpers it holds:
// its FolderLink, FolderSync and MessageActions) and its MailboxState that can change after
// construction, so fuzz_folderwatcher can build one logged-in, idling session per server profile
// and put it back after each input instead of building it again (the scripted prefix cost most of
// an input). The engine classes declare this struct a friend; nothing else uses it.
//
// Each class's members are listed once (members()), for both directions; the watcher's list
// takes in those of its helpers. What is not listed does not change after construction and
// start(): the account config, the transport and timer pointers (the timers' state is the
// clock's: ManualClock::snapshot()), the folder names, the options, the helpers' references to
// the watcher's parts, the SummaryFetcher (it keeps nothing between fetches but its connection).
// The static_asserts catch a member added to a class without being added here; the determinism
// check (check-determinism.sh) catches a member missing from a list whenever a corpus input
// changes it in a way a later input can observe (leaving out FolderWatcher::m_idleRejected, for
// instance, changes the outcome of 78 of the 1,017 inputs).
//
// Restoring copies the saved values into fresh containers and moves them in, so a restored
// std::vector has the capacity of a fresh copy, not of what the last input grew it to.

#include "engine/connection.h"
#include "engine/folderlink.h"
#include "engine/foldersync.h"
#include "engine/folderwatcher.h"
#include "engine/mailboxstate.h"
#include "engine/messageactions.h"

#include <tuple>
#include <type_traits>
#include <utility>

struct FuzzSessionSnapshot
{
    static auto members(ImapCore::Connection &c)
    {
        return std::tie(c.m_state, c.m_error, c.m_framer, c.m_currentUnit, c.m_builder, c.m_pending,
                        c.m_capabilities, c.m_capabilitiesKnown, c.m_tlsActive,
                        c.m_tlsHandshakeAfterStartTls, c.m_enabled, c.m_enableDone, c.m_idDone,
                        c.m_password, c.m_tokenProvider, c.m_sasl, c.m_idleContinued,
                        c.m_idleDoneWanted, c.m_idleDoneSent, c.m_compressDone, c.m_deflate);
    }

    static auto members(ImapCore::MailboxState &m)
    {
        return std::tie(m.m_messages, m.m_exists, m.m_uidValidity, m.m_uidNext, m.m_highestModSeq,
                        m.m_permanentFlags, m.m_definedFlags, m.m_keywordNames, m.m_keywordBits,
                        m.m_synchronized, m.m_resyncing, m.m_previous, m.m_batchDepth,
                        m.m_reportedCount, m.m_pendingUidValidity, m.m_pendingExpunges,
                        m.m_pendingFlagChanges);
    }

    static auto members(ImapCore::FolderLink &l)
    {
        return std::tie(l.m_connection, *l.m_generation);
    }

    static auto members(ImapCore::FolderSync &s)
    {
        return std::tie(s.m_method, s.m_previous, s.m_vanished, s.m_changed);
    }

    static auto members(ImapCore::MessageActions &a)
    {
        return std::tie(a.m_queue, a.m_current, a.m_trash);
    }

    static auto members(ImapCore::FolderWatcher &w)
    {
        return std::tuple_cat(
            members(w.m_link), members(w.m_sync), members(w.m_actions),
            std::tie(w.m_phase, w.m_busy, w.m_idling, w.m_idleStopping, w.m_idleRejected,
                     w.m_needFetch, w.m_backlogDue, w.m_renewDue, w.m_pollDue, w.m_pollAnswered,
                     w.m_modSeqDirty, w.m_reselect, w.m_releaseWanted, w.m_lendWanted, w.m_lent,
                     w.m_uidValidity, w.m_highestModSeq, w.m_refetchAttempt, w.m_mirrorDirty));
    }

    static ImapCore::MailboxState &mailbox(ImapCore::FolderWatcher &w) { return w.m_mailbox; }
};

template<typename... T>
std::tuple<std::decay_t<T>...> fuzzByValue(std::tuple<T...>);
// The values of one object's members, as FuzzSessionSnapshot::members() lists them.
template<typename T>
using FuzzSaved = decltype(fuzzByValue(FuzzSessionSnapshot::members(std::declval<T &>())));

// The values of one watcher, its mailbox state and its connection.
struct FuzzSessionState
{
    FuzzSaved<ImapCore::Connection> connection;
    FuzzSaved<ImapCore::FolderWatcher> watcher;
    FuzzSaved<ImapCore::MailboxState> mailbox;

    static FuzzSessionState save(ImapCore::Connection &connection, ImapCore::FolderWatcher &watcher)
    {
        using S = FuzzSessionSnapshot;
        return {S::members(connection), S::members(watcher), S::members(S::mailbox(watcher))};
    }

    // Puts every member back. leaveBehind >= 0 skips that one member (counting the connection's,
    // the watcher's and the mailbox's in the order listed): only to prove that the determinism
    // check notices a member the restore forgot.
    void restore(ImapCore::Connection &connection, ImapCore::FolderWatcher &watcher,
                 int leaveBehind = -1) const
    {
        using S = FuzzSessionSnapshot;
        int index = 0;
        assign(S::members(connection), this->connection, index, leaveBehind);
        assign(S::members(watcher), this->watcher, index, leaveBehind);
        assign(S::members(S::mailbox(watcher)), mailbox, index, leaveBehind);
    }

    static constexpr int memberCount = int(
        std::tuple_size_v<FuzzSaved<
            ImapCore::
                Connection>> + std::tuple_size_v<FuzzSaved<ImapCore::FolderWatcher>> + std::tuple_size_v<FuzzSaved<ImapCore::MailboxState>>);

private:
    // Each member from a fresh copy of the saved value (moved in), except the one left behind.
    template<typename Live, typename Saved>
    static void assign(Live live, const Saved &saved, int &index, int leaveBehind)
    {
        [&]<std::size_t... I>(std::index_sequence<I...>)
        {
            ((index++ == leaveBehind
                  ? void()
                  : void(std::get<I>(live) = std::tuple_element_t<I, Saved>(std::get<I>(saved)))),
             ...);
        }
        (std::make_index_sequence<std::tuple_size_v<Saved>>());
    }
};

// A member added to one of these classes must be listed above; then update its size here (these
// are the sizes under clang on x86-64, the only fuzzing build).
static_assert(sizeof(ImapCore::Connection) == 984, "Connection changed: list its new member");
static_assert(sizeof(ImapCore::FolderWatcher) == 1032,
              "FolderWatcher changed: list its new member");
static_assert(sizeof(ImapCore::FolderLink) == 32, "FolderLink changed: list its new member");
static_assert(sizeof(ImapCore::FolderSync) == 176, "FolderSync changed: list its new member");
static_assert(sizeof(ImapCore::MessageActions) == 136,
              "MessageActions changed: list its new member");
static_assert(sizeof(ImapCore::MailboxState) == 328, "MailboxState changed: list its new member");
static_assert(sizeof(ImapCore::SummaryFetcher) == 96, "SummaryFetcher keeps state now: save it");
