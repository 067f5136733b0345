#pragma once

// Tests that need an external tool (dnsmasq, Xvfb, dunst, ...) or a condition of the machine
// (root) must not pass silently without it. Under CI (environment variable CI=true, which
// .ci/run sets) a missing tool fails the test: CI installs every tool in
// scripts/debian-packages.txt, so a missing one is a broken set-up. Locally it is a skip, and a
// program whose initTestCase skipped exits with ctest's SKIP_RETURN_CODE (77, set by
// mailbell_add_test in tests/CMakeLists.txt), so `ctest` prints it as "Skipped", not "Passed".
//
//   void Tst_X::initTestCase()
//   {
//       MAILBELL_REQUIRE_TOOL(toolMissing()); // a QString: empty, or what is missing and its
//       package
//       ...
//   }
//   MAILBELL_TEST_GUILESS_MAIN(Tst_X) // instead of QTEST_GUILESS_MAIN (MAILBELL_TEST_MAIN:
//   QTEST_MAIN)
//
// Header only: test programs link Qt6::Test, the support libraries do not.

#include <QByteArray>
#include <QString>
#include <QTest>

namespace TestSupport {

// ctest's SKIP_RETURN_CODE for every test (tests/CMakeLists.txt).
inline constexpr int skipReturnCode = 77;

// True under CI: CI=true (or 1), as GitHub Actions, GitLab CI and .ci/run set it.
inline bool underCi()
{
    const QByteArray ci = qgetenv("CI").trimmed().toLower();
    return ci == "true" || ci == "1" || ci == "yes";
}

inline bool &suiteSkippedFlag()
{
    static bool skipped = false;
    return skipped;
}

// Called right before a QSKIP: a skip in initTestCase skips the whole program.
inline void noteSkip()
{
    if (qstrcmp(QTest::currentTestFunction(), "initTestCase") == 0)
        suiteSkippedFlag() = true;
}

// main()'s exit code: QTest::qExec()'s (the number of failures), or skipReturnCode when nothing
// failed and initTestCase skipped everything.
inline int exitCode(int qExecResult)
{
    return qExecResult == 0 && suiteSkippedFlag() ? skipReturnCode : qExecResult;
}

} // namespace TestSupport

// missing: empty when the tool is there; else what is missing and which Debian package has it.
// Fails under CI, skips otherwise (the whole program when used in initTestCase).
#define MAILBELL_REQUIRE_TOOL(missing)                                                             \
    do {                                                                                           \
        const QString mailbellMissing_ = (missing);                                                \
        if (!mailbellMissing_.isEmpty()) {                                                         \
            if (TestSupport::underCi())                                                            \
                QFAIL(                                                                             \
                    qPrintable(mailbellMissing_                                                    \
                               + QStringLiteral(" (CI=true: every tool the tests need must be "    \
                                                "installed; see scripts/debian-packages.txt)")));  \
            TestSupport::noteSkip();                                                               \
            QSKIP(qPrintable(mailbellMissing_));                                                   \
        }                                                                                          \
    } while (false)

// A skip that is not about a tool (not root, no mount namespaces in this container): skips under
// CI too, but still shows as "Skipped" in ctest when used in initTestCase.
#define MAILBELL_SKIP(reason)                                                                      \
    do {                                                                                           \
        TestSupport::noteSkip();                                                                   \
        QSKIP(reason);                                                                             \
    } while (false)

// QTEST_MAIN / QTEST_GUILESS_MAIN with the exit code of TestSupport::exitCode().
#define MAILBELL_TEST_MAIN_WRAPPER(TestObject, ...)                                                \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return TestSupport::exitCode(QTest::qExec(&tc, argc, argv));                               \
    }
#define MAILBELL_TEST_MAIN(TestObject) MAILBELL_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
#define MAILBELL_TEST_GUILESS_MAIN(TestObject)                                                     \
    MAILBELL_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
