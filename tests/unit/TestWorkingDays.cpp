#include "core/WorkingDays.h"

#include <catch2/catch.hpp>

using namespace kyso;

namespace {
QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}
} // namespace

TEST_CASE("working days skip the weekend", "[WorkingDays]")
{
    const WorkingDays wd;
    CHECK_FALSE(wd.isWorkingDay(day("2026-11-28"))); // Saturday
    CHECK_FALSE(wd.isWorkingDay(day("2026-11-29"))); // Sunday
    CHECK(wd.isWorkingDay(day("2026-11-27")));       // Friday
    // Received on Friday: 01 working day is Monday, 03 working days Wednesday.
    CHECK(wd.addWorkingDays(day("2026-11-27"), 1) == day("2026-11-30"));
    CHECK(wd.addWorkingDays(day("2026-11-27"), 3) == day("2026-12-02"));
    // Received on a Saturday: counting starts on Monday.
    CHECK(wd.addWorkingDays(day("2026-11-28"), 1) == day("2026-11-30"));
    CHECK(wd.addWorkingDays(day("2026-11-25"), 0) == day("2026-11-25"));
}

TEST_CASE("working days skip the fixed public holidays", "[WorkingDays]")
{
    const WorkingDays wd;
    for (const char *d : {"2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02", "2026-09-03"})
        CHECK(wd.isHoliday(day(d)));
    CHECK_FALSE(wd.isHoliday(day("2026-09-01")));
    // Sent Wednesday 29/4: Thu 30/4 and Fri 1/5 are holidays, then the weekend.
    CHECK(wd.addWorkingDays(day("2026-04-29"), 3) == day("2026-05-06"));
    CHECK(wd.addWorkingDays(day("2026-04-29"), 1) == day("2026-05-04"));
    // National Day with the day before instead (configuration).
    const WorkingDays before({}, WorkingDays::NationalDayAdjacent::Before, true);
    CHECK(before.isHoliday(day("2026-09-01")));
    CHECK_FALSE(before.isHoliday(day("2026-09-03")));
    CHECK(before.addWorkingDays(day("2026-08-31"), 1) == day("2026-09-03"));
}

TEST_CASE("a holiday on the weekend is taken on the next working day", "[WorkingDays]")
{
    const WorkingDays wd;
    CHECK(wd.isHoliday(day("2028-01-03"))); // 1/1/2028 is a Saturday
    CHECK(wd.addWorkingDays(day("2027-12-31"), 1) == day("2028-01-04"));
    const WorkingDays noCompensation({}, WorkingDays::NationalDayAdjacent::After, false);
    CHECK_FALSE(noCompensation.isHoliday(day("2028-01-03")));
}

TEST_CASE("lunar holidays come from the configuration", "[WorkingDays]")
{
    const WorkingDays plain;
    CHECK(plain.isWorkingDay(day("2026-02-16")));
    const QList<QDate> tet = {day("2026-02-16"), day("2026-02-17"), day("2026-02-18"), day("2026-02-19"), day("2026-02-20")};
    const WorkingDays withTet(tet, WorkingDays::NationalDayAdjacent::After, true);
    CHECK_FALSE(withTet.isWorkingDay(day("2026-02-16")));
    // Sent on Friday 13/2 before Tết: the whole Tết week is skipped.
    CHECK(withTet.addWorkingDays(day("2026-02-13"), 1) == day("2026-02-23"));
    CHECK(plain.addWorkingDays(day("2026-02-13"), 1) == day("2026-02-16"));
}
