#include "core/RegisterExport.h"

#include "core/SafeText.h"

#include <QSaveFile>
#include <QTextStream>

namespace kyso {

Error exportSignaturesCsv(const QList<SignatureRecord> &records, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(ErrorCode::OutputNotWritable, path);
    QTextStream s(&f);
    s << QChar(0xFEFF); // BOM so spreadsheet programs read UTF-8
    s << "id,time,result,role,signer,capacity,title,agency,certificate_serial,issuer,token_serial,document,"
         "sha256_before,output,sha256_after,doc_number,reason,error\n";
    for (const SignatureRecord &r : records) {
        const QStringList fields = {QString::number(r.id), r.createdUtc.toString(Qt::ISODate), r.result, r.role,
                                    r.signerName, r.capacity, r.title, r.agency, r.certSerial, r.certIssuer,
                                    r.tokenSerial, r.document, r.sha256Before, r.output, r.sha256After, r.docNumber,
                                    r.reason, r.error};
        QStringList quoted;
        for (const QString &v : fields)
            quoted << csvCell(v);
        s << quoted.join(QLatin1Char(',')) << '\n';
    }
    s.flush();
    if (!f.commit())
        return Error(ErrorCode::OutputNotWritable, path);
    return {};
}

} // namespace kyso
