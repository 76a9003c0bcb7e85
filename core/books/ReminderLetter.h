#pragma once

#include "domain/Money.h"
#include "domain/documents/Document.h"
#include "domain/documents/DocumentParty.h"
#include "domain/documents/ReminderPolicy.h"

#include <QDate>
#include <QString>
#include <QUuid>

namespace kasboek::books {

// Everything a reminder letter prints, from a stored reminder and its invoice: what a PDF
// renderer needs without reading the file itself. All amounts are in the invoice's currency.
struct ReminderLetter
{
    qint64 reminderId = 0;
    QUuid reminderUid;
    domain::ReminderLevel level = domain::ReminderLevel::First;
    QDate date; // of the letter
    QString language; // the invoice's: nl, fr, en, de

    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate invoiceDate;
    QDate dueDate;
    int daysLate = 0;

    domain::Money invoiceTotal;
    domain::Money outstanding;
    domain::Money interest;
    domain::Money compensation;
    domain::Money totalToPay; // outstanding + interest + compensation
    int annualInterestBasisPoints = 0; // the rate the interest was computed at, for the letter to state

    domain::PaymentReferenceKind paymentReferenceKind = domain::PaymentReferenceKind::None;
    QString paymentReference; // as stored: the 12 digits of a structured communication, ...

    domain::DocumentParty seller; // as on the invoice
    domain::DocumentParty buyer;

    friend bool operator==(const ReminderLetter&, const ReminderLetter&) = default;
};

} // namespace kasboek::books
