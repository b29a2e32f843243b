#pragma once

#include <QDate>
#include <QList>
#include <QSet>

namespace kyso {

// Working days of Vietnamese state agencies: Monday to Friday, less the public
// holidays. Deadlines in the regulation are counted in working days
// ("03 ngày làm việc", "01 ngày làm việc", arts. 5.4.c and 6.4).
//
// Shipped: the fixed solar holidays of the Labour Code 2019 art. 112
// (1/1, 30/4, 1/5, 2/9 plus one day adjacent to 2/9, before or after as the
// Government announces it each year), and the rule that a holiday falling on
// the weekly rest day is taken on the next working day (art. 111.3).
// Tết (5 days) and Hùng Kings' day follow the lunar calendar and the yearly
// announcement: they come from the settings as explicit dates.
class WorkingDays
{
public:
    enum class NationalDayAdjacent { Before, After };

    WorkingDays() = default;
    WorkingDays(const QList<QDate> &extraHolidays, NationalDayAdjacent adjacent, bool compensate);

    // From the settings: "holidays/dates" (ISO dates: Tết, Hùng Kings' day,
    // any announced day off), "holidays/nationalDayAdjacent" (before|after,
    // default after), "holidays/compensate" (default true).
    static WorkingDays fromSettings();

    // The fixed holidays of one year (without compensation days).
    QList<QDate> fixedHolidays(int year) const;
    bool isHoliday(const QDate &day) const;
    bool isWorkingDay(const QDate &day) const;
    // The n-th working day after `start` (the start day itself is not
    // counted: "trong thời hạn N ngày làm việc, kể từ ngày tiếp nhận").
    QDate addWorkingDays(const QDate &start, int n) const;

private:
    QSet<QDate> daysOff(int year) const;

    QList<QDate> m_extra;
    NationalDayAdjacent m_adjacent = NationalDayAdjacent::After;
    bool m_compensate = true;
};

} // namespace kyso
