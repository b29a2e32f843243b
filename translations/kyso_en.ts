<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AtomicOutput</name>
    <message>
        <source>file name too long: %1 bytes, at most %2</source>
        <translation>file name too long: %1 bytes, at most %2</translation>
    </message>
</context>
<context>
    <name>AuthorityCheck</name>
    <message>
        <source>(not read)</source>
        <translation>(not read)</translation>
    </message>
    <message>
        <source>Document: agency %1; number %2; type %3</source>
        <translation>Document: agency %1; number %2; type %3</translation>
    </message>
    <message>
        <source>Signature block: %1</source>
        <translation>Signature block: %1</translation>
    </message>
    <message>
        <source>Certificate: %1; title %2; organisation %3</source>
        <translation>Certificate: %1; title %2; organisation %3</translation>
    </message>
    <message>
        <source>Mismatch: %1</source>
        <translation>Mismatch: %1</translation>
    </message>
    <message>
        <source>Exception allowed: %1</source>
        <translation>Exception allowed: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
    <message>
        <source>%1 is numbered %2, not %3</source>
        <translation>%1 is numbered %2, not %3</translation>
    </message>
    <message>
        <source>%1 carries no valid, trusted seal of %2</source>
        <translation>%1 carries no valid, trusted seal of %2</translation>
    </message>
    <message>
        <source>no document numbered %1 sealed by %2 in the register</source>
        <translation>no document numbered %1 sealed by %2 in the register</translation>
    </message>
</context>
<context>
    <name>AuthorityRules</name>
    <message>
        <source>certificate: %1; block: %2</source>
        <translation>certificate: %1; block: %2</translation>
    </message>
    <message>
        <source>The name in the block (%1) matches the certificate (%2) only without diacritics.</source>
        <translation>The name in the block (%1) matches the certificate (%2) only without diacritics.</translation>
    </message>
    <message>
        <source>certificate: %1; document: %2</source>
        <translation>certificate: %1; document: %2</translation>
    </message>
    <message>
        <source>--title %1; certificate: %2</source>
        <translation>--title %1; certificate: %2</translation>
    </message>
    <message>
        <source>--agency %1; certificate: %2</source>
        <translation>--agency %1; certificate: %2</translation>
    </message>
    <message>
        <source>stamp: %1; certificate: %2</source>
        <translation>stamp: %1; certificate: %2</translation>
    </message>
    <message>
        <source>Authority rule overridden (%1): %2</source>
        <translation>Authority rule overridden (%1): %2</translation>
    </message>
    <message>
        <source>The typed capacity %1 differs from the block&apos;s %2.</source>
        <translation>The typed capacity %1 differs from the block&apos;s %2.</translation>
    </message>
</context>
<context>
    <name>BatchSignCommand</name>
    <message>
        <source>signed: %1 -&gt; %2 (page %3)</source>
        <translation>signed: %1 -&gt; %2 (page %3)</translation>
    </message>
    <message>
        <source>NOT signed: %1: %2 (exit %3)</source>
        <translation>NOT signed: %1: %2 (exit %3)</translation>
    </message>
    <message>
        <source>NOT signed: %1: the batch stopped at an earlier error</source>
        <translation>NOT signed: %1: the batch stopped at an earlier error</translation>
    </message>
    <message>
        <source>Signed %1 of %2 file(s); %3 failed, %4 not attempted.</source>
        <translation>Signed %1 of %2 file(s); %3 failed, %4 not attempted.</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>The batch stopped: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1 signed without a time-stamp: %2</source>
        <translation>warning: %1 signed without a time-stamp: %2</translation>
    </message>
</context>
<context>
    <name>BatchSigning</name>
    <message>
        <source>%1 and %2 would both be signed to %3</source>
        <translation>%1 and %2 would both be signed to %3</translation>
    </message>
</context>
<context>
    <name>ChainBuilder</name>
    <message>
        <source>%1: no answer within the %2 s allowed for this operation</source>
        <translation>%1: no answer within the %2 s allowed for this operation</translation>
    </message>
    <message>
        <source>%1 holds no certificate that issued this one</source>
        <translation>%1 holds no certificate that issued this one</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>no certificate in %1</translation>
    </message>
    <message>
        <source>unreadable certificate</source>
        <translation>unreadable certificate</translation>
    </message>
    <message>
        <source>the chain ends at &quot;%1&quot;, which is not a trust anchor</source>
        <translation>the chain ends at &quot;%1&quot;, which is not a trust anchor</translation>
    </message>
    <message>
        <source>the issuer of &quot;%1&quot; was not found</source>
        <translation>the issuer of &quot;%1&quot; was not found</translation>
    </message>
    <message>
        <source> (offline: its AIA address was not asked)</source>
        <translation> (offline: its AIA address was not asked)</translation>
    </message>
    <message>
        <source>the chain loops at &quot;%1&quot;</source>
        <translation>the chain loops at &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chain is too long</source>
        <translation>the chain is too long</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>The PIN was changed.</source>
        <translation>The PIN was changed.</translation>
    </message>
</context>
<context>
    <name>CliPinProvider</name>
    <message>
        <source>standard input is empty</source>
        <translation>standard input is empty</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>environment variable %1 is not set</translation>
    </message>
    <message>
        <source>no terminal; use --pin-stdin or --pin-env</source>
        <translation>no terminal; use --pin-stdin or --pin-env</translation>
    </message>
    <message>
        <source>PIN for token &quot;%1&quot;</source>
        <translation>PIN for token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New PIN for token &quot;%1&quot;</source>
        <translation>New PIN for token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>New PIN again</translation>
    </message>
    <message>
        <source>the two new PINs differ</source>
        <translation>the two new PINs differ</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: kyso-cli &lt;command&gt; [options]</source>
        <translation>Usage: kyso-cli &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run &apos;kyso-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Run &apos;kyso-cli &lt;command&gt; --help&apos; for the options of a command.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The form has fields without a drawn appearance and asks viewers to draw them; signing it would hide the signature in some viewers. Fill and save the form (or flatten it) in the program that made it, then sign.</source>
        <translation>The form has fields without a drawn appearance and asks viewers to draw them; signing it would hide the signature in some viewers. Fill and save the form (or flatten it) in the program that made it, then sign.</translation>
    </message>
    <message>
        <source>The signature rectangle lies outside the visible page (--rect is measured in points from the lower-left corner of the visible page).</source>
        <translation>The signature rectangle lies outside the visible page (--rect is measured in points from the lower-left corner of the visible page).</translation>
    </message>
    <message>
        <source>The certificate holder is not the person named in the signature block of the document.</source>
        <translation>The certificate holder is not the person named in the signature block of the document.</translation>
    </message>
    <message>
        <source>The title in the certificate does not fit the title in the signature block.</source>
        <translation>The title in the certificate does not fit the title in the signature block.</translation>
    </message>
    <message>
        <source>The certificate&apos;s organisation is neither the issuing agency nor its parent as printed in the document.</source>
        <translation>The certificate&apos;s organisation is neither the issuing agency nor its parent as printed in the document.</translation>
    </message>
    <message>
        <source>The typed title or agency contradicts the certificate; it is not recorded.</source>
        <translation>The typed title or agency contradicts the certificate; it is not recorded.</translation>
    </message>
    <message>
        <source>The agency certificate does not belong to the agency that issues the document.</source>
        <translation>The agency certificate does not belong to the agency that issues the document.</translation>
    </message>
    <message>
        <source>The copying agency on the stamp must be the certificate&apos;s agency.</source>
        <translation>The copying agency on the stamp must be the certificate&apos;s agency.</translation>
    </message>
    <message>
        <source>The attachment is not tied to a main document sealed by the same agency (give its number from the register or --main FILE).</source>
        <translation>The attachment is not tied to a main document sealed by the same agency (give its number from the register or --main FILE).</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>No error.</translation>
    </message>
    <message>
        <source>Invalid command line.</source>
        <translation>Invalid command line.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>The file does not exist or cannot be read.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>The file is not a PDF document.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed safely.</source>
        <translation>The PDF file is damaged and cannot be signed safely.</translation>
    </message>
    <message>
        <source>The PDF file is password-protected (encrypted); remove the protection with the author&apos;s consent, then sign.</source>
        <translation>The PDF file is password-protected (encrypted); remove the protection with the author&apos;s consent, then sign.</translation>
    </message>
    <message>
        <source>The requested page does not exist in the document.</source>
        <translation>The requested page does not exist in the document.</translation>
    </message>
    <message>
        <source>The signature image cannot be read (a PNG or JPEG file is required).</source>
        <translation>The signature image cannot be read (a PNG or JPEG file is required).</translation>
    </message>
    <message>
        <source>The PKCS#11 driver of the token cannot be loaded.</source>
        <translation>The PKCS#11 driver of the token cannot be loaded.</translation>
    </message>
    <message>
        <source>No token is plugged in (or the requested token was not found).</source>
        <translation>No token is plugged in (or the requested token was not found).</translation>
    </message>
    <message>
        <source>Several tokens are plugged in; choose one by its label.</source>
        <translation>Several tokens are plugged in; choose one by its label.</translation>
    </message>
    <message>
        <source>The requested certificate with its private key was not found on the token.</source>
        <translation>The requested certificate with its private key was not found on the token.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>The signing certificate is not valid yet.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>The token PIN is locked. The managing agency must send a written request (Form 06) to the provincial Department of Science and Technology to unlock it.</source>
        <translation>The token PIN is locked. The managing agency must send a written request (Form 06) to the provincial Department of Science and Technology to unlock it.</translation>
    </message>
    <message>
        <source>Only one PIN attempt is left before the token locks; confirm explicitly to use it.</source>
        <translation>Only one PIN attempt is left before the token locks; confirm explicitly to use it.</translation>
    </message>
    <message>
        <source>No PIN was entered.</source>
        <translation>No PIN was entered.</translation>
    </message>
    <message>
        <source>The token was removed during the operation; nothing was written.</source>
        <translation>The token was removed during the operation; nothing was written.</translation>
    </message>
    <message>
        <source>The token reported an error.</source>
        <translation>The token reported an error.</translation>
    </message>
    <message>
        <source>The output file cannot be written in the chosen folder.</source>
        <translation>The output file cannot be written in the chosen folder.</translation>
    </message>
    <message>
        <source>The output file already exists; choose another name or allow overwriting.</source>
        <translation>The output file already exists; choose another name or allow overwriting.</translation>
    </message>
    <message>
        <source>The output file must differ from the input file.</source>
        <translation>The output file must differ from the input file.</translation>
    </message>
    <message>
        <source>The signature does not fit in the space reserved for it.</source>
        <translation>The signature does not fit in the space reserved for it.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Signing failed.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Internal error.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token did not answer in time; unplug it, plug it in again and retry.</source>
        <translation>The token did not answer in time; unplug it, plug it in again and retry.</translation>
    </message>
    <message>
        <source>The document carries a certification signature that allows no further changes; it cannot be signed again.</source>
        <translation>The document carries a certification signature that allows no further changes; it cannot be signed again.</translation>
    </message>
    <message>
        <source>This certificate may not be used for this kind of signature.</source>
        <translation>This certificate may not be used for this kind of signature.</translation>
    </message>
    <message>
        <source>The agency signature may only be added over a valid signature of the competent person (or on a copy the agency makes).</source>
        <translation>The agency signature may only be added over a valid signature of the competent person (or on a copy the agency makes).</translation>
    </message>
    <message>
        <source>The signature block was not found on the last page; give the position with --page and --rect.</source>
        <translation>The signature block was not found on the last page; give the position with --page and --rect.</translation>
    </message>
    <message>
        <source>The signing register cannot be written.</source>
        <translation>The signing register cannot be written.</translation>
    </message>
    <message>
        <source>A PKI service (time-stamp, OCSP or CRL server) could not be reached.</source>
        <translation>A PKI service (time-stamp, OCSP or CRL server) could not be reached.</translation>
    </message>
    <message>
        <source>The time-stamp server refused the request or sent an invalid time-stamp.</source>
        <translation>The time-stamp server refused the request or sent an invalid time-stamp.</translation>
    </message>
    <message>
        <source>The signing certificate has been revoked; it must not be used.</source>
        <translation>The signing certificate has been revoked; it must not be used.</translation>
    </message>
    <message>
        <source>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced, not even with --force.</source>
        <translation>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced, not even with --force.</translation>
    </message>
    <message>
        <source>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register for writing (or run: kyso-cli log reconcile).</source>
        <translation>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register for writing (or run: kyso-cli log reconcile).</translation>
    </message>
    <message>
        <source>The signed file failed KySo&apos;s own check after signing; it was not saved.</source>
        <translation>The signed file failed KySo&apos;s own check after signing; it was not saved.</translation>
    </message>
    <message>
        <source>The signing register was altered outside KySo; run kyso-cli log verify and restore it from a backup.</source>
        <translation>The signing register was altered outside KySo; run kyso-cli log verify and restore it from a backup.</translation>
    </message>
    <message>
        <source>A file name or argument is not valid UTF-8 text, so KySo cannot open it; rename the file (for example with convmv) and try again.</source>
        <translation>A file name or argument is not valid UTF-8 text, so KySo cannot open it; rename the file (for example with convmv) and try again.</translation>
    </message>
    <message>
        <source>The time-stamp could not be verified (its authority is not trusted or the token is invalid); nothing was signed.</source>
        <translation>The time-stamp could not be verified (its authority is not trusted or the token is invalid); nothing was signed.</translation>
    </message>
    <message>
        <source>The revocation answer (OCSP/CRL) could not be authenticated or is out of date; it was not trusted.</source>
        <translation>The revocation answer (OCSP/CRL) could not be authenticated or is out of date; it was not trusted.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be completed up to a trust anchor.</source>
        <translation>The certificate chain cannot be completed up to a trust anchor.</translation>
    </message>
    <message>
        <source>Revocation data (OCSP or CRL) is missing for a certificate of the chain; a long-term signature needs it.</source>
        <translation>Revocation data (OCSP or CRL) is missing for a certificate of the chain; a long-term signature needs it.</translation>
    </message>
    <message>
        <source>The signing certificate has expired; it cannot be renewed: request a new certificate (Form 01/02) before signing.</source>
        <translation>The signing certificate has expired; it cannot be renewed: request a new certificate (Form 01/02) before signing.</translation>
    </message>
    <message>
        <source>The certificate is revoked or its revocation has been requested (Form 05); it must not sign any more.</source>
        <translation>The certificate is revoked or its revocation has been requested (Form 05); it must not sign any more.</translation>
    </message>
    <message>
        <source>The form does not fit the request: issue uses Form 01, 02 or 03; renewal and change of information Form 04; revocation Form 05; token recovery Form 06.</source>
        <translation>The form does not fit the request: issue uses Form 01, 02 or 03; renewal and change of information Form 04; revocation Form 05; token recovery Form 06.</translation>
    </message>
    <message>
        <source>Renewal or change of information is not possible: a certificate is renewed only once, and renewal or change needs more than 30 days of validity left; request a new certificate (Form 01/02) instead.</source>
        <translation>Renewal or change of information is not possible: a certificate is renewed only once, and renewal or change needs more than 30 days of validity left; request a new certificate (Form 01/02) instead.</translation>
    </message>
    <message>
        <source>The token handover cannot be recorded.</source>
        <translation>The token handover cannot be recorded.</translation>
    </message>
    <message>
        <source>The request or record is incomplete or unknown.</source>
        <translation>The request or record is incomplete or unknown.</translation>
    </message>
    <message>
        <source>The blanks for the number (after &quot;Số:&quot;, before the symbol) and the date (&quot;ngày … tháng … năm&quot;) were not found in the header of the first page.</source>
        <translation>The blanks for the number (after &quot;Số:&quot;, before the symbol) and the date (&quot;ngày … tháng … năm&quot;) were not found in the header of the first page.</translation>
    </message>
    <message>
        <source>The document already has a number or date; it was released before.</source>
        <translation>The document already has a number or date; it was released before.</translation>
    </message>
    <message>
        <source>This number is already used in the outgoing-documents book of this agency for that year; give another one or --number next.</source>
        <translation>This number is already used in the outgoing-documents book of this agency for that year; give another one or --number next.</translation>
    </message>
    <message>
        <source>The release date does not fit the document (its year differs from the year printed in the draft).</source>
        <translation>The release date does not fit the document (its year differs from the year printed in the draft).</translation>
    </message>
    <message>
        <source>The agency named in the document&apos;s header is not the agency of this certificate; only the issuing agency may number and seal it.</source>
        <translation>The agency named in the document&apos;s header is not the agency of this certificate; only the issuing agency may number and seal it.</translation>
    </message>
    <message>
        <source>The document was changed after an earlier signature beyond adding signatures; it must not be signed on top of it.</source>
        <translation>The document was changed after an earlier signature beyond adding signatures; it must not be signed on top of it.</translation>
    </message>
    <message>
        <source>A signature already in the document cannot be read; the document cannot be signed safely until that is explained.</source>
        <translation>A signature already in the document cannot be read; the document cannot be signed safely until that is explained.</translation>
    </message>
    <message>
        <source>Some files of the batch were not signed; see the result of each file.</source>
        <translation>Some files of the batch were not signed; see the result of each file.</translation>
    </message>
    <message>
        <source>The folder contains no PDF file to sign.</source>
        <translation>The folder contains no PDF file to sign.</translation>
    </message>
    <message>
        <source>Two input files would be signed to the same output file; sign them into different folders.</source>
        <translation>Two input files would be signed to the same output file; sign them into different folders.</translation>
    </message>
    <message>
        <source>A signed copy with this name already exists in the folder; move or rename it, then sign again.</source>
        <translation>A signed copy with this name already exists in the folder; move or rename it, then sign again.</translation>
    </message>
    <message>
        <source>The signature box lies outside the visible page; draw it again inside the page.</source>
        <translation>The signature box lies outside the visible page; draw it again inside the page.</translation>
    </message>
    <message>
        <source>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced.</source>
        <translation>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced.</translation>
    </message>
    <message>
        <source>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register.</source>
        <translation>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register.</translation>
    </message>
    <message>
        <source>The signing register was altered outside KySo; ask the IT officer to check it and restore it from a backup.</source>
        <translation>The signing register was altered outside KySo; ask the IT officer to check it and restore it from a backup.</translation>
    </message>
    <message>
        <source>The attachment is not tied to a main document sealed by the same agency; give the main document&apos;s number from the register.</source>
        <translation>The attachment is not tied to a main document sealed by the same agency; give the main document&apos;s number from the register.</translation>
    </message>
    <message>
        <source>This number is already used in the outgoing-documents book of this agency for that year; leave the number empty to take the next free one.</source>
        <translation>This number is already used in the outgoing-documents book of this agency for that year; leave the number empty to take the next free one.</translation>
    </message>
    <message>
        <source>The signature block (the signer&apos;s title and name) was not found on the last page, so KySo cannot place the signature; check that this is the final version of the document, with its signature block.</source>
        <translation>The signature block (the signer&apos;s title and name) was not found on the last page, so KySo cannot place the signature; check that this is the final version of the document, with its signature block.</translation>
    </message>
</context>
<context>
    <name>ExistingSignatureGuard</name>
    <message>
        <source>after the signature %1: %2</source>
        <translation>after the signature %1: %2</translation>
    </message>
</context>
<context>
    <name>FormUpdate</name>
    <message>
        <source>the form asks viewers to draw field appearances (/NeedAppearances) and some fields have none</source>
        <translation>the form asks viewers to draw field appearances (/NeedAppearances) and some fields have none</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>only http:// addresses are supported</source>
        <translation>only http:// addresses are supported</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>answer too large</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>not an HTTP answer</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Nothing to file</source>
        <translation>Nothing to file</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Renew</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>New certificate</translation>
    </message>
    <message>
        <source>Change of information</source>
        <translation>Change of information</translation>
    </message>
    <message>
        <source>Recover the token</source>
        <translation>Recover the token</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Revoked: do not sign</source>
        <translation>Revoked: do not sign</translation>
    </message>
    <message>
        <source>its revocation was requested or reported; do not sign with it</source>
        <translation>its revocation was requested or reported; do not sign with it</translation>
    </message>
    <message>
        <source>the token was lost</source>
        <translation>the token was lost</translation>
    </message>
    <message>
        <source>the private key is exposed or suspected to be</source>
        <translation>the private key is exposed or suspected to be</translation>
    </message>
    <message>
        <source>the holder&apos;s post or title changed</source>
        <translation>the holder&apos;s post or title changed</translation>
    </message>
    <message>
        <source>a revocation case of Decree 68 art. 17 applies</source>
        <translation>a revocation case of Decree 68 art. 17 applies</translation>
    </message>
    <message>
        <source>the token PIN is locked</source>
        <translation>the token PIN is locked</translation>
    </message>
    <message>
        <source>the certificate has expired and cannot be renewed</source>
        <translation>the certificate has expired and cannot be renewed</translation>
    </message>
    <message>
        <source>the organisation or official e-mail in the certificate no longer fits</source>
        <translation>the organisation or official e-mail in the certificate no longer fits</translation>
    </message>
    <message>
        <source>the information changed and 30 days or fewer are left, too few for a change</source>
        <translation>the information changed and 30 days or fewer are left, too few for a change</translation>
    </message>
    <message>
        <source>the certificate expires soon</source>
        <translation>the certificate expires soon</translation>
    </message>
    <message>
        <source>the certificate was renewed once already</source>
        <translation>the certificate was renewed once already</translation>
    </message>
    <message>
        <source>30 days or fewer are left, too few for a renewal</source>
        <translation>30 days or fewer are left, too few for a renewal</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <source>, copy to %1</source>
        <translation>, copy to %1</translation>
    </message>
    <message>
        <source>Nothing to file.</source>
        <translation>Nothing to file.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Revoked: %1.</translation>
    </message>
    <message>
        <source>Renew (%1): %2; the managing agency sends %1 to %3%4%5 (once only, while more than 30 days remain; the Sở acts within 03 working days).</source>
        <translation>Renew (%1): %2; the managing agency sends %1 to %3%4%5 (once only, while more than 30 days remain; the Sở acts within 03 working days).</translation>
    </message>
    <message>
        <source>Request a new certificate (%1): %2; the managing agency sends %1 to %3%4%5.</source>
        <translation>Request a new certificate (%1): %2; the managing agency sends %1 to %3%4%5.</translation>
    </message>
    <message>
        <source>Change the certificate information (%1): %2; the managing agency sends %1 to %3%4%5 (the Sở acts within 03 working days).</source>
        <translation>Change the certificate information (%1): %2; the managing agency sends %1 to %3%4%5 (the Sở acts within 03 working days).</translation>
    </message>
    <message>
        <source>Recover the token (%1): %2; the managing agency sends %1 to %3, which acts within 01 working day. Do not try more PINs.</source>
        <translation>Recover the token (%1): %2; the managing agency sends %1 to %3, which acts within 01 working day. Do not try more PINs.</translation>
    </message>
    <message>
        <source>Revoke the certificate (%1): %2; the managing agency sends %1 to %3%4 now, and stops using it.</source>
        <translation>Revoke the certificate (%1): %2; the managing agency sends %1 to %3%4 now, and stops using it.</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>Form number 01 to 06.</source>
        <translation>Form number 01 to 06.</translation>
    </message>
    <message>
        <source>Certificate holder.</source>
        <translation>Certificate holder.</translation>
    </message>
    <message>
        <source>Serial number of the token.</source>
        <translation>Serial number of the token.</translation>
    </message>
    <message>
        <source>Serial number of the certificate (hex).</source>
        <translation>Serial number of the certificate (hex).</translation>
    </message>
    <message>
        <source>The certificate as a PEM or DER file (when its token is not plugged in).</source>
        <translation>The certificate as a PEM or DER file (when its token is not plugged in).</translation>
    </message>
    <message>
        <source>Revocation: lost, compromised, post-changed or other.</source>
        <translation>Revocation: lost, compromised, post-changed or other.</translation>
    </message>
    <message>
        <source>The managing agency (unit) filing the request.</source>
        <translation>The managing agency (unit) filing the request.</translation>
    </message>
    <message>
        <source>Number of the agency&apos;s letter.</source>
        <translation>Number of the agency&apos;s letter.</translation>
    </message>
    <message>
        <source>Date of the agency&apos;s letter (YYYY-MM-DD).</source>
        <translation>Date of the agency&apos;s letter (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Date the request was sent (YYYY-MM-DD).</source>
        <translation>Date the request was sent (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>done: serial of the certificate the request produced.</source>
        <translation>done: serial of the certificate the request produced.</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>Note.</translation>
    </message>
    <message>
        <source>Request number.</source>
        <translation>Request number.</translation>
    </message>
    <message>
        <source>PKCS#11 module to look for the certificate.</source>
        <translation>PKCS#11 module to look for the certificate.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>--form takes 01 to 06</source>
        <translation>--form takes 01 to 06</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3%4.</source>
        <translation>Request %1 recorded (%2): send it to %3%4.</translation>
    </message>
    <message>
        <source>, copy to %1</source>
        <translation>, copy to %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>deadline %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Certificate lifecycle requests (Mẫu 01–06).</source>
        <translation>Certificate lifecycle requests (Mẫu 01–06).</translation>
    </message>
    <message>
        <source>set-status needs --id and --status (draft, sent, approved, rejected, done)</source>
        <translation>set-status needs --id and --status (draft, sent, approved, rejected, done)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a handover needs --token-serial, --from, --to and --authorised-by</source>
        <translation>a handover needs --token-serial, --from, --to and --authorised-by</translation>
    </message>
    <message>
        <source>Handover %1 recorded.</source>
        <translation>Handover %1 recorded.</translation>
    </message>
    <message>
        <source>print needs the handover number and --pdf FILE</source>
        <translation>print needs the handover number and --pdf FILE</translation>
    </message>
    <message>
        <source>Handover record written to %1</source>
        <translation>Handover record written to %1</translation>
    </message>
    <message>
        <source>Token custody handovers (biên bản bàn giao, regulation art. 7.1.b).</source>
        <translation>Token custody handovers (biên bản bàn giao, regulation art. 7.1.b).</translation>
    </message>
    <message>
        <source>Handed over by.</source>
        <translation>Handed over by.</translation>
    </message>
    <message>
        <source>Received by.</source>
        <translation>Received by.</translation>
    </message>
    <message>
        <source>Who gave written permission.</source>
        <translation>Who gave written permission.</translation>
    </message>
    <message>
        <source>Number of the written permission.</source>
        <translation>Number of the written permission.</translation>
    </message>
    <message>
        <source>Date of the written permission (YYYY-MM-DD).</source>
        <translation>Date of the written permission (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Date of the handover (YYYY-MM-DD).</source>
        <translation>Date of the handover (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>PKCS#11 module to look for the token.</source>
        <translation>PKCS#11 module to look for the token.</translation>
    </message>
    <message>
        <source>print: write the handover record (PDF) to this file.</source>
        <translation>print: write the handover record (PDF) to this file.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>From this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD).</source>
        <translation>To this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>dates are written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>wrong PIN</translation>
    </message>
    <message>
        <source>final PIN try refused (not confirmed)</source>
        <translation>final PIN try refused (not confirmed)</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>PIN locked</translation>
    </message>
    <message>
        <source>lock observed</source>
        <translation>lock observed</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>PIN changed</translation>
    </message>
    <message>
        <source>token inserted</source>
        <translation>token inserted</translation>
    </message>
    <message>
        <source>token removed</source>
        <translation>token removed</translation>
    </message>
    <message>
        <source>Token events: wrong PIN, final try refused, lock observed, PIN changed, token inserted/removed.</source>
        <translation>Token events: wrong PIN, final try refused, lock observed, PIN changed, token inserted/removed.</translation>
    </message>
    <message>
        <source>Only this token serial.</source>
        <translation>Only this token serial.</translation>
    </message>
    <message>
        <source>Report on the use of digital signatures from %1 to %2 (regulation art. 9.6)</source>
        <translation>Report on the use of digital signatures from %1 to %2 (regulation art. 9.6)</translation>
    </message>
    <message>
        <source>certificate expiring: %1 (%2) on %3</source>
        <translation>certificate expiring: %1 (%2) on %3</translation>
    </message>
    <message>
        <source>request %1: %2 %3, %4%5</source>
        <translation>request %1: %2 %3, %4%5</translation>
    </message>
    <message>
        <source>locks: %1, recovery requests: %2, handovers: %3</source>
        <translation>locks: %1, recovery requests: %2, handovers: %3</translation>
    </message>
    <message>
        <source>Total signatures: %1</source>
        <translation>Total signatures: %1</translation>
    </message>
    <message>
        <source>The periodic report of regulation art. 9.6, per unit.</source>
        <translation>The periodic report of regulation art. 9.6, per unit.</translation>
    </message>
    <message>
        <source>Write the report as CSV to this file.</source>
        <translation>Write the report as CSV to this file.</translation>
    </message>
    <message>
        <source>Write the report as a printable PDF to this file.</source>
        <translation>Write the report as a printable PDF to this file.</translation>
    </message>
    <message>
        <source>token custody handovers: add, list, print</source>
        <translation>token custody handovers: add, list, print</translation>
    </message>
    <message>
        <source>certificate requests (Form 01-06): add, list, set-status</source>
        <translation>certificate requests (Form 01-06): add, list, set-status</translation>
    </message>
    <message>
        <source>The reporting agency, printed above the PDF report.</source>
        <translation>The reporting agency, printed above the PDF report.</translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>no handover with number %1</source>
        <translation>no handover with number %1</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Signatures: %1</translation>
    </message>
    <message>
        <source>Certificate expiring: %1 (serial %2) on %3</source>
        <translation>Certificate expiring: %1 (serial %2) on %3</translation>
    </message>
    <message>
        <source>Request %1: %2 (%3) for %4 to %5, status %6%7</source>
        <translation>Request %1: %2 (%3) for %4 to %5, status %6%7</translation>
    </message>
    <message>
        <source>, OVERDUE since %1</source>
        <translation>, OVERDUE since %1</translation>
    </message>
    <message>
        <source>Token locks: %1; recovery requests (Form 06): %2</source>
        <translation>Token locks: %1; recovery requests (Form 06): %2</translation>
    </message>
    <message>
        <source>Handover %1 on %2: token %3, %4 → %5</source>
        <translation>Handover %1 on %2: token %3, %4 → %5</translation>
    </message>
    <message>
        <source>Report on the management and use of official-duty digital signatures</source>
        <translation>Report on the management and use of official-duty digital signatures</translation>
    </message>
    <message>
        <source>(regulation art. 9.6) from %1 to %2</source>
        <translation>(regulation art. 9.6) from %1 to %2</translation>
    </message>
    <message>
        <source>Total signatures: %1</source>
        <translation>Total signatures: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRecords</name>
    <message>
        <source>the sent date is written YYYY-MM-DD</source>
        <translation>the sent date is written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the sent date %1 is in the future</source>
        <translation>the sent date %1 is in the future</translation>
    </message>
    <message>
        <source>the letter is dated after it was sent</source>
        <translation>the letter is dated after it was sent</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of validity left; more than 30 are needed (art. 5)</source>
        <translation>
            <numerusform>%n day of validity left; more than 30 are needed (art. 5)</numerusform>
            <numerusform>%n days of validity left; more than 30 are needed (art. 5)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the form for &quot;%2&quot;</source>
        <translation>%1 is not the form for &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no request with number %1</source>
        <translation>no request with number %1</translation>
    </message>
    <message>
        <source>--result-serial goes with --status done</source>
        <translation>--result-serial goes with --status done</translation>
    </message>
    <message>
        <source>renewal request %1 (%2) was already filed for this certificate</source>
        <translation>renewal request %1 (%2) was already filed for this certificate</translation>
    </message>
    <message>
        <source>this certificate is the renewal made by request %1</source>
        <translation>this certificate is the renewal made by request %1</translation>
    </message>
    <message>
        <source>the holder&apos;s certificate was renewed by request %1</source>
        <translation>the holder&apos;s certificate was renewed by request %1</translation>
    </message>
    <message>
        <source>revocation request %1 (Mẫu 05, %2), status %3</source>
        <translation>revocation request %1 (Mẫu 05, %2), status %3</translation>
    </message>
    <message>
        <source>reported revoked on %1 by %2</source>
        <translation>reported revoked on %1 by %2</translation>
    </message>
    <message>
        <source>the person handing over and the person receiving are the same</source>
        <translation>the person handing over and the person receiving are the same</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>dates are written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the handover date %1 is in the future</source>
        <translation>the handover date %1 is in the future</translation>
    </message>
    <message>
        <source>token %1 is neither in the register nor plugged in</source>
        <translation>token %1 is neither in the register nor plugged in</translation>
    </message>
    <message>
        <source>the permission is dated after the handover</source>
        <translation>the permission is dated after the handover</translation>
    </message>
    <message>
        <source>a request that is sent needs the number and date of the agency&apos;s letter</source>
        <translation>a request that is sent needs the number and date of the agency&apos;s letter</translation>
    </message>
    <message>
        <source>the certificate %1 was not found: plug in its token, or give the certificate file</source>
        <translation>the certificate %1 was not found: plug in its token, or give the certificate file</translation>
    </message>
    <message>
        <source>the kind of request is issue, renew, change, revoke or recover</source>
        <translation>the kind of request is issue, renew, change, revoke or recover</translation>
    </message>
    <message>
        <source>a request needs the certificate holder</source>
        <translation>a request needs the certificate holder</translation>
    </message>
    <message>
        <source>this request needs the serial number of the certificate</source>
        <translation>this request needs the serial number of the certificate</translation>
    </message>
    <message>
        <source>a recovery request needs the serial number of the token</source>
        <translation>a recovery request needs the serial number of the token</translation>
    </message>
    <message>
        <source>a revocation needs its reason: lost, compromised, post-changed or other</source>
        <translation>a revocation needs its reason: lost, compromised, post-changed or other</translation>
    </message>
    <message>
        <source>a handover needs the token&apos;s serial number, the person handing over, the person receiving and who authorised it</source>
        <translation>a handover needs the token&apos;s serial number, the person handing over, the person receiving and who authorised it</translation>
    </message>
    <message>
        <source>the agency token is handed over only with the written permission of the competent person (art. 7.1.b): give the number and date of the permission</source>
        <translation>the agency token is handed over only with the written permission of the competent person (art. 7.1.b): give the number and date of the permission</translation>
    </message>
</context>
<context>
    <name>LtvCollector</name>
    <message>
        <source>&quot;%1&quot; revoked on %2 (%3)</source>
        <translation>&quot;%1&quot; revoked on %2 (%3)</translation>
    </message>
    <message>
        <source>not trusted and ignored: %1</source>
        <translation>not trusted and ignored: %1</translation>
    </message>
    <message>
        <source>the chain of &quot;%1&quot; is incomplete</source>
        <translation>the chain of &quot;%1&quot; is incomplete</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>file not found: %1</source>
        <translation>file not found: %1</translation>
    </message>
    <message>
        <source>not a usable PKCS#11 module: %1</source>
        <translation>not a usable PKCS#11 module: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>OutgoingBook</name>
    <message>
        <source>a document number is a positive whole number</source>
        <translation>a document number is a positive whole number</translation>
    </message>
    <message>
        <source>number %1 in %2</source>
        <translation>number %1 in %2</translation>
    </message>
</context>
<context>
    <name>OutputSelfCheck</name>
    <message>
        <source>the new signature does not match the file</source>
        <translation>the new signature does not match the file</translation>
    </message>
    <message>
        <source>the new signature %1 is not found in the file</source>
        <translation>the new signature %1 is not found in the file</translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>page %1: %2</source>
        <translation>page %1: %2</translation>
    </message>
    <message>
        <source>the page object is missing</source>
        <translation>the page object is missing</translation>
    </message>
    <message>
        <source>the page tree loops (/Parent)</source>
        <translation>the page tree loops (/Parent)</translation>
    </message>
    <message>
        <source>a /Parent of the page is missing</source>
        <translation>a /Parent of the page is missing</translation>
    </message>
    <message>
        <source>the page has no usable /MediaBox</source>
        <translation>the page has no usable /MediaBox</translation>
    </message>
    <message>
        <source>the page cannot be read</source>
        <translation>the page cannot be read</translation>
    </message>
</context>
<context>
    <name>PdfInput</name>
    <message>
        <source>page tree: the /Parent of object %1 does not point to the node that lists it</source>
        <translation>page tree: the /Parent of object %1 does not point to the node that lists it</translation>
    </message>
    <message>
        <source>page tree: /Count of object %1 does not match its %2 page(s)</source>
        <translation>page tree: /Count of object %1 does not match its %2 page(s)</translation>
    </message>
    <message>
        <source>page tree: more than %1 nodes</source>
        <translation>page tree: more than %1 nodes</translation>
    </message>
    <message>
        <source>page tree: object %1 is listed twice (a loop)</source>
        <translation>page tree: object %1 is listed twice (a loop)</translation>
    </message>
    <message>
        <source>page tree: object %1 is missing or not a dictionary</source>
        <translation>page tree: object %1 is missing or not a dictionary</translation>
    </message>
    <message>
        <source>page tree: nested deeper than %1 levels</source>
        <translation>page tree: nested deeper than %1 levels</translation>
    </message>
    <message>
        <source>page tree: object %1 has no /Kids array</source>
        <translation>page tree: object %1 has no /Kids array</translation>
    </message>
    <message>
        <source>page tree: a /Kids entry of object %1 is not a reference</source>
        <translation>page tree: a /Kids entry of object %1 is not a reference</translation>
    </message>
    <message>
        <source>the document has no page tree</source>
        <translation>the document has no page tree</translation>
    </message>
    <message>
        <source>page tree: the root node has a /Parent inside the tree (a loop)</source>
        <translation>page tree: the root node has a /Parent inside the tree (a loop)</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>no pages</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>rectangle %1,%2,%3,%4 on a visible page of %5 × %6 pt</source>
        <translation>rectangle %1,%2,%3,%4 on a visible page of %5 × %6 pt</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 of %2</translation>
    </message>
    <message>
        <source>empty signature rectangle</source>
        <translation>empty signature rectangle</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>page %1 cannot be read</translation>
    </message>
</context>
<context>
    <name>PinState</name>
    <message>
        <source>PIN OK</source>
        <translation>PIN OK</translation>
    </message>
    <message>
        <source>the token reports few PIN attempts left</source>
        <translation>the token reports few PIN attempts left</translation>
    </message>
    <message>
        <source>the token reports the final PIN attempt; another wrong PIN locks it</source>
        <translation>the token reports the final PIN attempt; another wrong PIN locks it</translation>
    </message>
    <message>
        <source>the token reports the PIN is locked</source>
        <translation>the token reports the PIN is locked</translation>
    </message>
    <message>
        <source>the token requires the PIN to be changed</source>
        <translation>the token requires the PIN to be changed</translation>
    </message>
    <message>
        <source>the user PIN is not initialised</source>
        <translation>the user PIN is not initialised</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>the register was written by a newer KySo (schema %1)</source>
        <translation>the register was written by a newer KySo (schema %1)</translation>
    </message>
    <message>
        <source>no request with number %1</source>
        <translation>no request with number %1</translation>
    </message>
    <message>
        <source>chain entries %1 to %2 are missing</source>
        <translation>chain entries %1 to %2 are missing</translation>
    </message>
    <message>
        <source>chain entry %1 names an unknown table</source>
        <translation>chain entry %1 names an unknown table</translation>
    </message>
    <message>
        <source>%1 row %2 was deleted</source>
        <translation>%1 row %2 was deleted</translation>
    </message>
    <message>
        <source>%1 row %2 was changed</source>
        <translation>%1 row %2 was changed</translation>
    </message>
    <message>
        <source>%1 has rows outside the chain</source>
        <translation>%1 has rows outside the chain</translation>
    </message>
    <message>
        <source>the end of the register does not match its recorded head (rows cut off?)</source>
        <translation>the end of the register does not match its recorded head (rows cut off?)</translation>
    </message>
    <message>
        <source>the register head file is missing</source>
        <translation>the register head file is missing</translation>
    </message>
    <message>
        <source>meta says schema %1, the hash chain records schema %2</source>
        <translation>meta says schema %1, the hash chain records schema %2</translation>
    </message>
    <message>
        <source>chain entry %1 has an unexpected encoding</source>
        <translation>chain entry %1 has an unexpected encoding</translation>
    </message>
    <message>
        <source>the schema version in meta (%1) is not the one recorded in the chain (%2)</source>
        <translation>the schema version in meta (%1) is not the one recorded in the chain (%2)</translation>
    </message>
    <message>
        <source>the register is empty, but this data folder held a register before</source>
        <translation>the register is empty, but this data folder held a register before</translation>
    </message>
    <message>
        <source>the register head file is unreadable</source>
        <translation>the register head file is unreadable</translation>
    </message>
    <message>
        <source>the last write was interrupted before the head file was updated; the next write updates it</source>
        <translation>the last write was interrupted before the head file was updated; the next write updates it</translation>
    </message>
    <message>
        <source>the register database is missing, but this data folder held one (%1)</source>
        <translation>the register database is missing, but this data folder held one (%1)</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>The signing register: list, export, verify, report, reconcile.</source>
        <translation>The signing register: list, export, verify, report, reconcile.</translation>
    </message>
    <message>
        <source>Only this signer (part of the name).</source>
        <translation>Only this signer (part of the name).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>From this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD).</source>
        <translation>To this day (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>Only this role.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>export: write CSV to this file.</source>
        <translation>export: write CSV to this file.</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>dates are written YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted signing(s) reconciled</source>
        <translation>
            <numerusform>%n interrupted signing reconciled</numerusform>
            <numerusform>%n interrupted signings reconciled</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --csv FILE</source>
        <translation>export needs --csv FILE</translation>
    </message>
    <message numerus="yes">
        <source>Register intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Register intact: %n entry, hash chain verified.</numerusform>
            <numerusform>Register intact: %n entries, hash chain verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>TAMPERED: %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Signing profiles: set, list, show, remove.</source>
        <translation>Signing profiles: set, list, show, remove.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Profile name.</translation>
    </message>
    <message>
        <source>a profile name is required</source>
        <translation>a profile name is required</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>No register on this computer yet (nothing was signed here).</source>
        <translation>No register on this computer yet (nothing was signed here).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026</source>
        <translation>--year takes a year such as 2026</translation>
    </message>
    <message>
        <source>outgoing: the book of this year (default: this year).</source>
        <translation>outgoing: the book of this year (default: this year).</translation>
    </message>
    <message>
        <source>outgoing: write the book as a printable PDF (A4 landscape).</source>
        <translation>outgoing: write the book as a printable PDF (A4 landscape).</translation>
    </message>
    <message>
        <source>the signing register: list, export, verify, report, events</source>
        <translation>the signing register: list, export, verify, report, events</translation>
    </message>
    <message>
        <source>signing profiles: set, list, show, remove</source>
        <translation>signing profiles: set, list, show, remove</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Time (Vietnam)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Certificate serial</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Token serial</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>SHA-256 before signing</source>
        <translation>SHA-256 before signing</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Signed file</translation>
    </message>
    <message>
        <source>SHA-256 after signing</source>
        <translation>SHA-256 after signing</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>In progress or interrupted</translation>
    </message>
</context>
<context>
    <name>ReleaseStep</name>
    <message>
        <source>no &quot;Số:      /…&quot; line in the header</source>
        <translation>no &quot;Số:      /…&quot; line in the header</translation>
    </message>
    <message>
        <source>no &quot;ngày … tháng … năm&quot; line in the header</source>
        <translation>no &quot;ngày … tháng … năm&quot; line in the header</translation>
    </message>
    <message>
        <source>the blank for &quot;%1&quot; is %2 pt wide, the text needs %3 pt</source>
        <translation>the blank for &quot;%1&quot; is %2 pt wide, the text needs %3 pt</translation>
    </message>
    <message>
        <source>--number takes a positive whole number or &quot;next&quot;</source>
        <translation>--number takes a positive whole number or &quot;next&quot;</translation>
    </message>
    <message>
        <source>number %1 in %2 (next free: %3)</source>
        <translation>number %1 in %2 (next free: %3)</translation>
    </message>
    <message>
        <source>release date %1, the draft says năm %2</source>
        <translation>release date %1, the draft says năm %2</translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot;, the certificate &quot;%2&quot;</source>
        <translation>the header names &quot;%1&quot;, the certificate &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>RevisionAnalysis</name>
    <message>
        <source>no change after this signature</source>
        <translation>no change after this signature</translation>
    </message>
    <message>
        <source>only signatures and validation data were added</source>
        <translation>only signatures and validation data were added</translation>
    </message>
    <message>
        <source>form fields were filled in</source>
        <translation>form fields were filled in</translation>
    </message>
    <message>
        <source>annotations were added, changed or removed</source>
        <translation>annotations were added, changed or removed</translation>
    </message>
    <message>
        <source>the document itself was changed</source>
        <translation>the document itself was changed</translation>
    </message>
    <message>
        <source>page %1: </source>
        <translation>page %1: </translation>
    </message>
    <message>
        <source>the page content was changed after signing</source>
        <translation>the page content was changed after signing</translation>
    </message>
    <message>
        <source>the page resources (fonts, images) were changed after signing</source>
        <translation>the page resources (fonts, images) were changed after signing</translation>
    </message>
    <message>
        <source>the page size or rotation was changed after signing%1</source>
        <translation>the page size or rotation was changed after signing%1</translation>
    </message>
    <message>
        <source>the page was changed after signing%1</source>
        <translation>the page was changed after signing%1</translation>
    </message>
    <message>
        <source>pages were added, removed or reordered after signing</source>
        <translation>pages were added, removed or reordered after signing</translation>
    </message>
    <message>
        <source>an annotation was added after signing%1</source>
        <translation>an annotation was added after signing%1</translation>
    </message>
    <message>
        <source>an annotation was changed after signing%1</source>
        <translation>an annotation was changed after signing%1</translation>
    </message>
    <message>
        <source>an annotation was removed after signing%1</source>
        <translation>an annotation was removed after signing%1</translation>
    </message>
    <message>
        <source>a form field was filled in after signing%1</source>
        <translation>a form field was filled in after signing%1</translation>
    </message>
    <message>
        <source>a form field was added after signing%1</source>
        <translation>a form field was added after signing%1</translation>
    </message>
    <message>
        <source>a form field was removed after signing%1</source>
        <translation>a form field was removed after signing%1</translation>
    </message>
    <message>
        <source>the properties of a form field were changed after signing%1</source>
        <translation>the properties of a form field were changed after signing%1</translation>
    </message>
    <message>
        <source>an existing signature or its appearance was changed after signing%1</source>
        <translation>an existing signature or its appearance was changed after signing%1</translation>
    </message>
    <message>
        <source>an existing signature was removed after signing%1</source>
        <translation>an existing signature was removed after signing%1</translation>
    </message>
    <message>
        <source>an action or script was added after signing%1</source>
        <translation>an action or script was added after signing%1</translation>
    </message>
    <message>
        <source>a document-level entry was changed after signing%1</source>
        <translation>a document-level entry was changed after signing%1</translation>
    </message>
    <message>
        <source>an object of the signed document was removed or hidden by a later cross-reference table%1</source>
        <translation>an object of the signed document was removed or hidden by a later cross-reference table%1</translation>
    </message>
    <message>
        <source>encryption was added after signing</source>
        <translation>encryption was added after signing</translation>
    </message>
    <message>
        <source>a later revision cannot be read%1</source>
        <translation>a later revision cannot be read%1</translation>
    </message>
    <message>
        <source>an object of the signed document was redefined with different content%1</source>
        <translation>an object of the signed document was redefined with different content%1</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>the certificate names no OCSP responder or CRL</source>
        <translation>the certificate names no OCSP responder or CRL</translation>
    </message>
    <message>
        <source>no revocation data for this certificate</source>
        <translation>no revocation data for this certificate</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is missing</source>
        <translation>the responder&apos;s certificate is missing</translation>
    </message>
    <message>
        <source>the responder&apos;s signature does not verify</source>
        <translation>the responder&apos;s signature does not verify</translation>
    </message>
    <message>
        <source>the responder &quot;%1&quot; was not authorised by the issuer</source>
        <translation>the responder &quot;%1&quot; was not authorised by the issuer</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate lacks id-kp-OCSPSigning</source>
        <translation>the responder&apos;s certificate lacks id-kp-OCSPSigning</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is not valid now</source>
        <translation>the responder&apos;s certificate is not valid now</translation>
    </message>
    <message>
        <source>the answer is out of date (nextUpdate has passed)</source>
        <translation>the answer is out of date (nextUpdate has passed)</translation>
    </message>
    <message>
        <source>the answer&apos;s thisUpdate/nextUpdate do not hold now</source>
        <translation>the answer&apos;s thisUpdate/nextUpdate do not hold now</translation>
    </message>
    <message>
        <source>the answer&apos;s thisUpdate lies in the future</source>
        <translation>the answer&apos;s thisUpdate lies in the future</translation>
    </message>
    <message>
        <source>OCSP response unusable</source>
        <translation>OCSP response unusable</translation>
    </message>
    <message>
        <source>certificate not in the OCSP response</source>
        <translation>certificate not in the OCSP response</translation>
    </message>
    <message>
        <source>the nonce does not match the request</source>
        <translation>the nonce does not match the request</translation>
    </message>
    <message>
        <source>unauthenticated OCSP answer: %1</source>
        <translation>unauthenticated OCSP answer: %1</translation>
    </message>
    <message>
        <source>the OCSP responder does not know the certificate</source>
        <translation>the OCSP responder does not know the certificate</translation>
    </message>
    <message>
        <source>CRL unusable</source>
        <translation>CRL unusable</translation>
    </message>
    <message>
        <source>CRL signature invalid</source>
        <translation>CRL signature invalid</translation>
    </message>
    <message>
        <source>the CRL&apos;s thisUpdate lies in the future</source>
        <translation>the CRL&apos;s thisUpdate lies in the future</translation>
    </message>
    <message>
        <source>the CRL is out of date (nextUpdate has passed)</source>
        <translation>the CRL is out of date (nextUpdate has passed)</translation>
    </message>
    <message>
        <source>issuer certificate not available</source>
        <translation>issuer certificate not available</translation>
    </message>
    <message>
        <source>no answer within the %1 s allowed for this operation</source>
        <translation>no answer within the %1 s allowed for this operation</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Sign although an authority rule refuses (IT-approved exception); the reason is recorded.</source>
        <translation>Sign although an authority rule refuses (IT-approved exception); the reason is recorded.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>Attachment: the main document, sealed by the same agency.</source>
        <translation>Attachment: the main document, sealed by the same agency.</translation>
    </message>
    <message>
        <source>--override-authority needs the reason of the exception</source>
        <translation>--override-authority needs the reason of the exception</translation>
    </message>
    <message>
        <source>Sign a PDF with a certificate on a PKCS#11 token (PAdES B-B, visible).</source>
        <translation>Sign a PDF with a certificate on a PKCS#11 token (PAdES B-B, visible).</translation>
    </message>
    <message>
        <source>Signed file (default: NAME_signed.pdf next to the input).</source>
        <translation>Signed file (default: NAME_signed.pdf next to the input).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Overwrite the output file if it exists.</source>
        <translation>Overwrite the output file if it exists.</translation>
    </message>
    <message>
        <source>PKCS#11 module (default: $KYSO_PKCS11_MODULE, settings, p11-kit-proxy).</source>
        <translation>PKCS#11 module (default: $KYSO_PKCS11_MODULE, settings, p11-kit-proxy).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Certificate ID on the token (hex).</source>
        <translation>Certificate ID on the token (hex).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of standard input.</source>
        <translation>Read the PIN from the first line of standard input.</translation>
    </message>
    <message>
        <source>Read the PIN from this environment variable.</source>
        <translation>Read the PIN from this environment variable.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>var</translation>
    </message>
    <message>
        <source>Allow login when the token reports the final PIN attempt.</source>
        <translation>Allow login when the token reports the final PIN attempt.</translation>
    </message>
    <message>
        <source>Page for the visible signature (number or &apos;last&apos;).</source>
        <translation>Page for the visible signature (number or &apos;last&apos;).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Signature box in PDF points from the bottom-left corner.</source>
        <translation>Signature box in PDF points from the bottom-left corner.</translation>
    </message>
    <message>
        <source>Signature or seal image (PNG with transparency, or JPEG).</source>
        <translation>Signature or seal image (PNG with transparency, or JPEG).</translation>
    </message>
    <message>
        <source>Reason for signing.</source>
        <translation>Reason for signing.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Place of signing.</translation>
    </message>
    <message>
        <source>--pin-stdin and --pin-env exclude each other</source>
        <translation>--pin-stdin and --pin-env exclude each other</translation>
    </message>
    <message>
        <source>--page takes a page number or &apos;last&apos;</source>
        <translation>--page takes a page number or &apos;last&apos;</translation>
    </message>
    <message>
        <source>--rect takes x,y,w,h in points</source>
        <translation>--rect takes x,y,w,h in points</translation>
    </message>
    <message>
        <source>--cert-id takes hexadecimal digits</source>
        <translation>--cert-id takes hexadecimal digits</translation>
    </message>
    <message>
        <source>Signed: %1 (signer %2, page %3, field %4)</source>
        <translation>Signed: %1 (signer %2, page %3, field %4)</translation>
    </message>
    <message>
        <source>Token label or serial number.</source>
        <translation>Token label or serial number.</translation>
    </message>
    <message>
        <source>--capacity takes KT., TM., TL., TUQ., Q. or none</source>
        <translation>--capacity takes KT., TM., TL., TUQ., Q. or none</translation>
    </message>
    <message>
        <source>--role takes personal, agency, attachment or copy</source>
        <translation>--role takes personal, agency, attachment or copy</translation>
    </message>
    <message>
        <source>Signing profile from the settings (token, certificate, title, image, role).</source>
        <translation>Signing profile from the settings (token, certificate, title, image, role).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>personal | agency | attachment | copy (default: personal, or the profile&apos;s).</source>
        <translation>personal | agency | attachment | copy (default: personal, or the profile&apos;s).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Add the signer and time as text to the image.</source>
        <translation>Add the signer and time as text to the image.</translation>
    </message>
    <message>
        <source>Show only the image, no text (the default with an image).</source>
        <translation>Show only the image, no text (the default with an image).</translation>
    </message>
    <message>
        <source>Number and symbol of the document (attachment stamp).</source>
        <translation>Number and symbol of the document (attachment stamp).</translation>
    </message>
    <message>
        <source>SAO Y, SAO LỤC or TRÍCH SAO (copy stamp).</source>
        <translation>SAO Y, SAO LỤC or TRÍCH SAO (copy stamp).</translation>
    </message>
    <message>
        <source>Name printed under the signature block (default: certificate name).</source>
        <translation>Name printed under the signature block (default: certificate name).</translation>
    </message>
    <message>
        <source>Title of the signer (recorded; helps find the block).</source>
        <translation>Title of the signer (recorded; helps find the block).</translation>
    </message>
    <message>
        <source>Signing capacity: KT., TM., TL., TUQ., Q. or none.</source>
        <translation>Signing capacity: KT., TM., TL., TUQ., Q. or none.</translation>
    </message>
    <message>
        <source>Agency name (recorded; printed on copies).</source>
        <translation>Agency name (recorded; printed on copies).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in mm.</source>
        <translation>Real diameter of the seal in mm.</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for checking the signatures already in the file.</source>
        <translation>Trust anchors (PEM) for checking the signatures already in the file.</translation>
    </message>
    <message>
        <source>Make a certification signature allowing: 1 no changes, 2 form filling and signing, 3 also annotations.</source>
        <translation>Make a certification signature allowing: 1 no changes, 2 form filling and signing, 3 also annotations.</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>no profile named &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seal-diameter takes a size in mm between 5 and 80</source>
        <translation>--seal-diameter takes a size in mm between 5 and 80</translation>
    </message>
    <message>
        <source>--certify takes 1, 2 or 3</source>
        <translation>--certify takes 1, 2 or 3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>warning: %1</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp server (PAdES B-T); default: the tsa/url setting.</source>
        <translation>RFC 3161 time-stamp server (PAdES B-T); default: the tsa/url setting.</translation>
    </message>
    <message>
        <source>If the time-stamp server fails, sign without a time-stamp (with a warning).</source>
        <translation>If the time-stamp server fails, sign without a time-stamp (with a warning).</translation>
    </message>
    <message>
        <source>Do not time-stamp even if a server is configured.</source>
        <translation>Do not time-stamp even if a server is configured.</translation>
    </message>
    <message>
        <source>signed without a time-stamp: %1</source>
        <translation>signed without a time-stamp: %1</translation>
    </message>
    <message>
        <source>Embed the certificates and OCSP/CRL answers in a DSS (PAdES B-LT).</source>
        <translation>Embed the certificates and OCSP/CRL answers in a DSS (PAdES B-LT).</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) to complete the certificate chain with; repeatable.</source>
        <translation>Intermediate CA certificates (PEM) to complete the certificate chain with; repeatable.</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for the time-stamp authority (default: the tsa/trust setting, else the trust anchors).</source>
        <translation>Trust anchors (PEM) for the time-stamp authority (default: the tsa/trust setting, else the trust anchors).</translation>
    </message>
    <message>
        <source>Release (agency role): the document number to write after &quot;Số:&quot;, or &quot;next&quot; for the next free one in the outgoing book.</source>
        <translation>Release (agency role): the document number to write after &quot;Số:&quot;, or &quot;next&quot; for the next free one in the outgoing book.</translation>
    </message>
    <message>
        <source>n|next</source>
        <translation>n|next</translation>
    </message>
    <message>
        <source>Release: the document date to write into the date line (default: today, +07:00).</source>
        <translation>Release: the document date to write into the date line (default: today, +07:00).</translation>
    </message>
    <message>
        <source>--date goes with --number</source>
        <translation>--date goes with --number</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation>--date takes a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Released: Số %1, ngày %2 (outgoing book %3)</source>
        <translation>Released: Số %1, ngày %2 (outgoing book %3)</translation>
    </message>
    <message>
        <source>PDF file(s) to sign; a folder gives its PDF files</source>
        <translation>PDF file(s) to sign; a folder gives its PDF files</translation>
    </message>
    <message>
        <source>Batch: write NAME_signed.pdf of every input into this folder (one login, one PIN).</source>
        <translation>Batch: write NAME_signed.pdf of every input into this folder (one login, one PIN).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Batch: print the per-file results as JSON.</source>
        <translation>Batch: print the per-file results as JSON.</translation>
    </message>
    <message>
        <source>at least one input file is required</source>
        <translation>at least one input file is required</translation>
    </message>
    <message>
        <source>-o names one output; for several files use --output-dir</source>
        <translation>-o names one output; for several files use --output-dir</translation>
    </message>
    <message>
        <source>--number releases one document at a time</source>
        <translation>--number releases one document at a time</translation>
    </message>
    <message>
        <source>sign a PDF with a token certificate</source>
        <translation>sign a PDF with a token certificate</translation>
    </message>
</context>
<context>
    <name>SignController</name>
    <message>
        <source>not signed: the batch stopped at an earlier error</source>
        <translation>not signed: the batch stopped at an earlier error</translation>
    </message>
    <message>
        <source>Số %1, ngày %2</source>
        <translation>Số %1, ngày %2</translation>
    </message>
    <message>
        <source>no signature box was drawn for this file (it has no standard signature block): press Place signature, draw the box on the page, then sign</source>
        <translation>no signature box was drawn for this file (it has no standard signature block): press Place signature, draw the box on the page, then sign</translation>
    </message>
    <message>
        <source>not signed: signing was stopped before this file</source>
        <translation>not signed: signing was stopped before this file</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>the signature value is not a CMS SignedData structure</source>
        <translation>the signature value is not a CMS SignedData structure</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>the signer&apos;s certificate is not in the signature</translation>
    </message>
    <message>
        <source>signature without signed attributes or with an unknown digest algorithm</source>
        <translation>signature without signed attributes or with an unknown digest algorithm</translation>
    </message>
    <message>
        <source>the signed byte range lies outside the file</source>
        <translation>the signed byte range lies outside the file</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>the signed content was changed after signing</translation>
    </message>
    <message>
        <source>the signature value does not match the signed attributes</source>
        <translation>the signature value does not match the signed attributes</translation>
    </message>
    <message>
        <source>no trust anchor configured</source>
        <translation>no trust anchor configured</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>no certificate in %1</translation>
    </message>
    <message>
        <source>missing or invalid /ByteRange</source>
        <translation>missing or invalid /ByteRange</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities</source>
        <translation>no trust anchor for time-stamp authorities</translation>
    </message>
    <message>
        <source>the signature object cannot be read (%1)</source>
        <translation>the signature object cannot be read (%1)</translation>
    </message>
</context>
<context>
    <name>SigningPolicy</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 expired on %2</translation>
    </message>
    <message>
        <source>%1 is valid from %2</source>
        <translation>%1 is valid from %2</translation>
    </message>
    <message>
        <source>certified by %1 with no changes allowed</source>
        <translation>certified by %1 with no changes allowed</translation>
    </message>
    <message>
        <source>%1 is a personal certificate; the %2 needs the agency certificate</source>
        <translation>%1 is a personal certificate; the %2 needs the agency certificate</translation>
    </message>
    <message>
        <source>%1 is an agency certificate; the %2 needs a personal certificate</source>
        <translation>%1 is an agency certificate; the %2 needs a personal certificate</translation>
    </message>
    <message>
        <source>This certificate has already signed the document.</source>
        <translation>This certificate has already signed the document.</translation>
    </message>
</context>
<context>
    <name>SigningRole</name>
    <message>
        <source>personal signature of the competent person</source>
        <translation>personal signature of the competent person</translation>
    </message>
    <message>
        <source>agency signature (seal)</source>
        <translation>agency signature (seal)</translation>
    </message>
    <message>
        <source>agency signature on an attachment</source>
        <translation>agency signature on an attachment</translation>
    </message>
    <message>
        <source>agency signature on an electronic copy</source>
        <translation>agency signature on an electronic copy</translation>
    </message>
</context>
<context>
    <name>SigningService</name>
    <message>
        <source>the document claims PDF/A-%1, which forbids transparency: with this transparent image the signed file no longer conforms to PDF/A-1 (a JPEG or a PNG without transparency keeps it)</source>
        <translation>the document claims PDF/A-%1, which forbids transparency: with this transparent image the signed file no longer conforms to PDF/A-1 (a JPEG or a PNG without transparency keeps it)</translation>
    </message>
    <message>
        <source>a copy needs --copy-form &quot;SAO Y&quot;, &quot;SAO LỤC&quot; or &quot;TRÍCH SAO&quot;</source>
        <translation>a copy needs --copy-form &quot;SAO Y&quot;, &quot;SAO LỤC&quot; or &quot;TRÍCH SAO&quot;</translation>
    </message>
    <message>
        <source>an attachment needs --doc-number</source>
        <translation>an attachment needs --doc-number</translation>
    </message>
    <message>
        <source>looked for &quot;%1&quot; on page %2</source>
        <translation>looked for &quot;%1&quot; on page %2</translation>
    </message>
    <message>
        <source>no visible personal signature to place the seal on</source>
        <translation>no visible personal signature to place the seal on</translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <translation>revoked on %1 (%2)</translation>
    </message>
    <message>
        <source>no revocation data for the long-term signature: %1</source>
        <translation>no revocation data for the long-term signature: %1</translation>
    </message>
    <message>
        <source>the revocation status could not be checked: %1</source>
        <translation>the revocation status could not be checked: %1</translation>
    </message>
    <message>
        <source>a long-term signature (--ltv, PAdES B-LT) needs a time-stamp: give --tsa URL or set tsa/url</source>
        <translation>a long-term signature (--ltv, PAdES B-LT) needs a time-stamp: give --tsa URL or set tsa/url</translation>
    </message>
    <message>
        <source>--ltv needs the time-stamp and cannot be combined with --tsa-optional</source>
        <translation>--ltv needs the time-stamp and cannot be combined with --tsa-optional</translation>
    </message>
    <message>
        <source>the certificate chain does not reach a trust anchor: %1</source>
        <translation>the certificate chain does not reach a trust anchor: %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s certificate was not found</source>
        <translation>the issuer&apos;s certificate was not found</translation>
    </message>
    <message>
        <source>revocation answer not trusted and ignored: %1</source>
        <translation>revocation answer not trusted and ignored: %1</translation>
    </message>
    <message>
        <source>not trusted and ignored: %1</source>
        <translation>not trusted and ignored: %1</translation>
    </message>
    <message>
        <source>a number and date are given at release, with the agency signature (--role agency)</source>
        <translation>a number and date are given at release, with the agency signature (--role agency)</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>the answer is not a time-stamp response</source>
        <translation>the answer is not a time-stamp response</translation>
    </message>
    <message>
        <source>the time-stamp authority refused the request</source>
        <translation>the time-stamp authority refused the request</translation>
    </message>
    <message>
        <source>the time-stamp does not match the request</source>
        <translation>the time-stamp does not match the request</translation>
    </message>
    <message>
        <source>unreadable time-stamp token</source>
        <translation>unreadable time-stamp token</translation>
    </message>
    <message>
        <source>the token does not carry its TSA certificate</source>
        <translation>the token does not carry its TSA certificate</translation>
    </message>
    <message>
        <source>the TSA certificate lacks the critical timeStamping key usage</source>
        <translation>the TSA certificate lacks the critical timeStamping key usage</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities is configured (--tsa-trust)</source>
        <translation>no trust anchor for time-stamp authorities is configured (--tsa-trust)</translation>
    </message>
    <message>
        <source>the TSA &quot;%1&quot; is not trusted: %2</source>
        <translation>the TSA &quot;%1&quot; is not trusted: %2</translation>
    </message>
    <message>
        <source>the time-stamp&apos;s signature or imprint does not verify</source>
        <translation>the time-stamp&apos;s signature or imprint does not verify</translation>
    </message>
    <message>
        <source>the time-stamped bytes cannot be read</source>
        <translation>the time-stamped bytes cannot be read</translation>
    </message>
    <message>
        <source>the time-stamped content was changed</source>
        <translation>the time-stamped content was changed</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities</source>
        <translation>no trust anchor for time-stamp authorities</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>The PIN is locked. To unlock it the managing agency sends a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology, which handles it within 1 working day. Attach: token serial %1, certificate holder, agency. Do not try more PINs.</source>
        <translation>The PIN is locked. To unlock it the managing agency sends a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology, which handles it within 1 working day. Attach: token serial %1, certificate holder, agency. Do not try more PINs.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (serial %2, slot %3)</source>
        <translation>Token &quot;%1&quot; (serial %2, slot %3)</translation>
    </message>
    <message>
        <source>Maker/model: %1 %2, firmware %3</source>
        <translation>Maker/model: %1 %2, firmware %3</translation>
    </message>
    <message>
        <source>PIN state: %1</source>
        <translation>PIN state: %1</translation>
    </message>
    <message>
        <source>Signing mechanisms: %1</source>
        <translation>Signing mechanisms: %1</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Issuer: %1</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation>Valid until %1 (%2 days left)</translation>
    </message>
    <message>
        <source>Key: %1 %2 bit; usage: %3</source>
        <translation>Key: %1 %2 bit; usage: %3</translation>
    </message>
    <message>
        <source>Token checks for IT staff: list, status, certs, change-pin.</source>
        <translation>Token checks for IT staff: list, status, certs, change-pin.</translation>
    </message>
    <message>
        <source>PKCS#11 module (default: every known module).</source>
        <translation>PKCS#11 module (default: every known module).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Token label or serial number.</source>
        <translation>Token label or serial number.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>change-pin: read the old and the new PIN from two lines of standard input.</source>
        <translation>change-pin: read the old and the new PIN from two lines of standard input.</translation>
    </message>
    <message>
        <source>Allow the final PIN attempt.</source>
        <translation>Allow the final PIN attempt.</translation>
    </message>
    <message>
        <source>PIN of token &quot;%1&quot; changed.</source>
        <translation>PIN of token &quot;%1&quot; changed.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>unknown action &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Module %1: not installed</source>
        <translation>Module %1: not installed</translation>
    </message>
    <message>
        <source>Module %1: cannot be loaded: %2</source>
        <translation>Module %1: cannot be loaded: %2</translation>
    </message>
    <message numerus="yes">
        <source>Module %1: %n token(s)</source>
        <translation>
            <numerusform>Module %1: %n token</numerusform>
            <numerusform>Module %1: %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>list | status | certs | change-pin | set-kind</source>
        <translation>list | status | certs | change-pin | set-kind</translation>
    </message>
    <message>
        <source>set-kind: SHA-256 fingerprint of the certificate (from certs --json).</source>
        <translation>set-kind: SHA-256 fingerprint of the certificate (from certs --json).</translation>
    </message>
    <message>
        <source>set-kind: personal or agency.</source>
        <translation>set-kind: personal or agency.</translation>
    </message>
    <message>
        <source>set-kind needs --sha256 (64 hex digits) and --kind personal|agency</source>
        <translation>set-kind needs --sha256 (64 hex digits) and --kind personal|agency</translation>
    </message>
    <message>
        <source>Certificate %1 marked as %2.</source>
        <translation>Certificate %1 marked as %2.</translation>
    </message>
    <message>
        <source>list tokens, PIN state and certificates; change the PIN</source>
        <translation>list tokens, PIN state and certificates; change the PIN</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>token &quot;%1&quot; not found</source>
        <translation>token &quot;%1&quot; not found</translation>
    </message>
    <message>
        <source>tokens present: %1</source>
        <translation>tokens present: %1</translation>
    </message>
    <message>
        <source>several certificates, choose one by its ID: %1</source>
        <translation>several certificates, choose one by its ID: %1</translation>
    </message>
    <message>
        <source>no certificate with ID %1; present: %2</source>
        <translation>no certificate with ID %1; present: %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 expired on %2</translation>
    </message>
    <message>
        <source>%1 is valid from %2</source>
        <translation>%1 is valid from %2</translation>
    </message>
    <message>
        <source>no private key for certificate ID %1</source>
        <translation>no private key for certificate ID %1</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>intact: the signed content has not been changed</source>
        <translation>intact: the signed content has not been changed</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FAILED: %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>not checked: %1</translation>
    </message>
    <message>
        <source>trusted: the certificate chains to a trust anchor</source>
        <translation>trusted: the certificate chains to a trust anchor</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>NOT trusted: %1</translation>
    </message>
    <message>
        <source>NOT trusted: no trust anchor given (use --trust)</source>
        <translation>NOT trusted: no trust anchor given (use --trust)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: the document carries no digital signature.</source>
        <translation>%1: the document carries no digital signature.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n signature</numerusform>
            <numerusform>%1: %n signatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Issued by: %1</translation>
    </message>
    <message>
        <source>Signing time (signer&apos;s clock): %1</source>
        <translation>Signing time (signer&apos;s clock): %1</translation>
    </message>
    <message>
        <source>Coverage: the whole document</source>
        <translation>Coverage: the whole document</translation>
    </message>
    <message>
        <source>Coverage: the document up to byte %1 of %2; later additions (such as further signatures) are not covered</source>
        <translation>Coverage: the document up to byte %1 of %2; later additions (such as further signatures) are not covered</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrity: %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chain: %1</translation>
    </message>
    <message>
        <source>Certificate at signing time: valid (%1 to %2)</source>
        <translation>Certificate at signing time: valid (%1 to %2)</translation>
    </message>
    <message>
        <source>Certificate at signing time: NOT valid (%1 to %2)</source>
        <translation>Certificate at signing time: NOT valid (%1 to %2)</translation>
    </message>
    <message>
        <source>Revocation: not checked (warning)</source>
        <translation>Revocation: not checked (warning)</translation>
    </message>
    <message>
        <source>Note: the CMS carries a signingTime attribute, which PAdES does not allow</source>
        <translation>Note: the CMS carries a signingTime attribute, which PAdES does not allow</translation>
    </message>
    <message>
        <source>Result: VALID</source>
        <translation>Result: VALID</translation>
    </message>
    <message>
        <source>Result: INVALID</source>
        <translation>Result: INVALID</translation>
    </message>
    <message>
        <source>Time-stamp: %1 by %2 (verified)</source>
        <translation>Time-stamp: %1 by %2 (verified)</translation>
    </message>
    <message>
        <source>Time-stamp: NOT valid (%1)</source>
        <translation>Time-stamp: NOT valid (%1)</translation>
    </message>
    <message>
        <source>Revocation: not revoked (%1%2)</source>
        <translation>Revocation: not revoked (%1%2)</translation>
    </message>
    <message>
        <source>, embedded in the document</source>
        <translation>, embedded in the document</translation>
    </message>
    <message>
        <source>Revocation: REVOKED on %1 (%2)</source>
        <translation>Revocation: REVOKED on %1 (%2)</translation>
    </message>
    <message>
        <source>Revocation answer not trusted and ignored: %1</source>
        <translation>Revocation answer not trusted and ignored: %1</translation>
    </message>
    <message>
        <source>Changes after signing: %1 (%2)</source>
        <translation>Changes after signing: %1 (%2)</translation>
    </message>
    <message>
        <source>These changes exceed what the certification (DocMDP P=%1) allows.</source>
        <translation>These changes exceed what the certification (DocMDP P=%1) allows.</translation>
    </message>
    <message>
        <source>The signed document was altered after signing: what is displayed is not what was signed.</source>
        <translation>The signed document was altered after signing: what is displayed is not what was signed.</translation>
    </message>
    <message>
        <source>the PDF file is damaged (%1)</source>
        <translation>the PDF file is damaged (%1)</translation>
    </message>
</context>
<context>
    <name>VerificationVerdict</name>
    <message>
        <source>the signature cannot be read</source>
        <translation>the signature cannot be read</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>the signed content was changed after signing</translation>
    </message>
    <message>
        <source>the document was changed after signing: what is displayed is not what was signed</source>
        <translation>the document was changed after signing: what is displayed is not what was signed</translation>
    </message>
    <message>
        <source>the document was changed after signing more than its certification allows</source>
        <translation>the document was changed after signing more than its certification allows</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>the signer&apos;s certificate was revoked</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the signing time</source>
        <translation>the signer&apos;s certificate was not valid at the signing time</translation>
    </message>
    <message>
        <source>no root certificate of a trusted CA is set up in KySo, so no signature can be confirmed (ask IT to set up the CA&apos;s root certificate)</source>
        <translation>no root certificate of a trusted CA is set up in KySo, so no signature can be confirmed (ask IT to set up the CA&apos;s root certificate)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not come from a trusted CA</source>
        <translation>the signer&apos;s certificate does not come from a trusted CA</translation>
    </message>
    <message>
        <source>the time-stamp of the signature is not valid</source>
        <translation>the time-stamp of the signature is not valid</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>the signature is not valid</translation>
    </message>
    <message>
        <source>This file cannot be checked: %1</source>
        <translation>This file cannot be checked: %1</translation>
    </message>
    <message>
        <source>Ask the sender for the file again.</source>
        <translation>Ask the sender for the file again.</translation>
    </message>
    <message>
        <source>This document has no digital signature.</source>
        <translation>This document has no digital signature.</translation>
    </message>
    <message>
        <source>It cannot be relied on as a signed document.</source>
        <translation>It cannot be relied on as a signed document.</translation>
    </message>
    <message>
        <source>Signature of %1: valid</source>
        <translation>Signature of %1: valid</translation>
    </message>
    <message>
        <source>Signature of %1: NOT valid</source>
        <translation>Signature of %1: NOT valid</translation>
    </message>
    <message>
        <source>The signature is NOT valid: %1.</source>
        <translation>The signature is NOT valid: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 signatures are NOT valid (%3: %4).</source>
        <translation>%1 of %2 signatures are NOT valid (%3: %4).</translation>
    </message>
    <message>
        <source>Do not rely on this document. Ask the sender for the original signed file.</source>
        <translation>Do not rely on this document. Ask the sender for the original signed file.</translation>
    </message>
    <message>
        <source>The signatures are valid, but annotations or form fields were changed after signing.</source>
        <translation>The signatures are valid, but annotations or form fields were changed after signing.</translation>
    </message>
    <message>
        <source>The marked places are not part of what was signed; read the document without them.</source>
        <translation>The marked places are not part of what was signed; read the document without them.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid: the document has not been changed since it was signed.</source>
        <translation>
            <numerusform>%n signature, all valid: the document has not been changed since it was signed.</numerusform>
            <numerusform>%n signatures, all valid: the document has not been changed since it was signed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid means: the signer&apos;s certificate comes from a trusted CA and was valid when signing.</source>
        <translation>Valid means: the signer&apos;s certificate comes from a trusted CA and was valid when signing.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify every signature of a PDF.</source>
        <translation>Verify every signature of a PDF.</translation>
    </message>
    <message>
        <source>PDF file to verify</source>
        <translation>PDF file to verify</translation>
    </message>
    <message>
        <source>Trust anchor certificates (PEM); repeatable.</source>
        <translation>Trust anchor certificates (PEM); repeatable.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Print the report as JSON.</translation>
    </message>
    <message>
        <source>exactly one file is required</source>
        <translation>exactly one file is required</translation>
    </message>
    <message>
        <source>Use only the revocation data in the document; never ask OCSP/CRL servers.</source>
        <translation>Use only the revocation data in the document; never ask OCSP/CRL servers.</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) to complete chains with; repeatable.</source>
        <translation>Intermediate CA certificates (PEM) to complete chains with; repeatable.</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for time-stamp authorities (default: the tsa/trust setting, else the trust anchors).</source>
        <translation>Trust anchors (PEM) for time-stamp authorities (default: the tsa/trust setting, else the trust anchors).</translation>
    </message>
    <message>
        <source>verify the signatures of a PDF</source>
        <translation>verify the signatures of a PDF</translation>
    </message>
</context>
<context>
    <name>kyso::gui::CertificatePicker</name>
    <message>
        <source>Automatic (the certificate that fits the role)</source>
        <translation>Automatic (the certificate that fits the role)</translation>
    </message>
    <message>
        <source>Certificate ID %1</source>
        <translation>Certificate ID %1</translation>
    </message>
    <message>
        <source>agency seal</source>
        <translation>agency seal</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1 on %2</source>
        <translation>ID %1 on %2</translation>
    </message>
</context>
<context>
    <name>kyso::gui::ChangePinDialog</name>
    <message>
        <source>Change the PIN of token %1</source>
        <translation>Change the PIN of token %1</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>The two new PINs differ.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>Change &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>&amp;Current PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>New PIN &amp;again</translation>
    </message>
</context>
<context>
    <name>kyso::gui::HandoverForm</name>
    <message>
        <source>New token handover</source>
        <translation>New token handover</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Token serial</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <source>Permission number</source>
        <translation>Permission number</translation>
    </message>
    <message>
        <source>Permission date</source>
        <translation>Permission date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Required for the agency&apos;s token</source>
        <translation>Required for the agency&apos;s token</translation>
    </message>
</context>
<context>
    <name>kyso::gui::MainWindow</name>
    <message>
        <source>KySo — PDF signing for state agencies</source>
        <translation>KySo — PDF signing for state agencies</translation>
    </message>
    <message>
        <source>Signing is in progress</source>
        <translation>Signing is in progress</translation>
    </message>
    <message>
        <source>KySo is still checking or signing files. If you close now, the file being signed is not written and the rest of the batch is not signed. Close anyway?</source>
        <translation>KySo is still checking or signing files. If you close now, the file being signed is not written and the rest of the batch is not signed. Close anyway?</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokens</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PagePreview</name>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PageViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Page </translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Page shown</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Fit the page width</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Fit the whole page</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Token PIN</translation>
    </message>
    <message>
        <source>The token reports no failed attempts.</source>
        <translation>The token reports no failed attempts.</translation>
    </message>
    <message>
        <source>Warning: %1. Check the PIN carefully.</source>
        <translation>Warning: %1. Check the PIN carefully.</translation>
    </message>
    <message>
        <source>FINAL ATTEMPT: %1.</source>
        <translation>FINAL ATTEMPT: %1.</translation>
    </message>
    <message>
        <source>The PIN is locked. The managing agency must send a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology to unlock it.</source>
        <translation>The PIN is locked. The managing agency must send a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology to unlock it.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>I &amp;understand that a wrong PIN now locks the token</source>
        <translation>I &amp;understand that a wrong PIN now locks the token</translation>
    </message>
    <message>
        <source>Enter the &amp;PIN of token &quot;%1&quot;.</source>
        <translation>Enter the &amp;PIN of token &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RecordForm</name>
    <message>
        <source>Re&amp;cord</source>
        <translation>Re&amp;cord</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saving in the register…</source>
        <translation>Saving in the register…</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RegisterView</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Capacity and title</source>
        <translation>Capacity and title</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Authorised by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Holder</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Report (PDF)…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Token handovers</source>
        <translation>Token handovers</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Certificate requests</translation>
    </message>
    <message numerus="yes">
        <source>Register intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Register intact: %n entry, hash chain verified.</numerusform>
            <numerusform>Register intact: %n entries, hash chain verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>REGISTER TAMPERED: %1</source>
        <translation>REGISTER TAMPERED: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Sent to</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Token events</source>
        <translation>Token events</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 — OVERDUE</source>
        <translation>%1 — OVERDUE</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Reading the register…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Separator ; (Excel)</source>
        <translation>Separator ; (Excel)</translation>
    </message>
    <message>
        <source>Separator ,</source>
        <translation>Separator ,</translation>
    </message>
    <message>
        <source>How the columns of the CSV file are separated</source>
        <translation>How the columns of the CSV file are separated</translation>
    </message>
    <message>
        <source>&amp;Add a handover…</source>
        <translation>&amp;Add a handover…</translation>
    </message>
    <message>
        <source>&amp;Add a request…</source>
        <translation>&amp;Add a request…</translation>
    </message>
    <message>
        <source>Handover %1 recorded: %2 to %3.</source>
        <translation>Handover %1 recorded: %2 to %3.</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3.</source>
        <translation>Request %1 recorded (%2): send it to %3.</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3, with a copy to %4.</source>
        <translation>Request %1 recorded (%2): send it to %3, with a copy to %4.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>The report could not be written: %1</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RequestForm</name>
    <message>
        <source>New certificate</source>
        <translation>New certificate</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Change of information</source>
        <translation>Change of information</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Revocation</translation>
    </message>
    <message>
        <source>Token recovery (unlock)</source>
        <translation>Token recovery (unlock)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>New certificate request</source>
        <translation>New certificate request</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Already sent</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Key compromised</source>
        <translation>Key compromised</translation>
    </message>
    <message>
        <source>Change of post</source>
        <translation>Change of post</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>As shown in the Tokens view</source>
        <translation>As shown in the Tokens view</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Certificate holder</source>
        <translation>Certificate holder</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Token serial</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Certificate serial</translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation>Reason for revocation</translation>
    </message>
    <message>
        <source>Unit filing it</source>
        <translation>Unit filing it</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>kyso::gui::SettingsView</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Signing profiles</source>
        <translation>Signing profiles</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Signature or seal image</source>
        <translation>Signature or seal image</translation>
    </message>
    <message>
        <source>Seal diameter</source>
        <translation>Seal diameter</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Default role</translation>
    </message>
    <message>
        <source>Libraries (*.so)</source>
        <translation>Libraries (*.so)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Images (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Trust anchor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificates (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(new profile)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Settings saved.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profile &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profile &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate KySo can read; ask the IT officer for the root certificate of the certification authority as a .pem or .crt file. It was not added.</source>
        <translation>&quot;%1&quot; holds no certificate KySo can read; ask the IT officer for the root certificate of the certification authority as a .pem or .crt file. It was not added.</translation>
    </message>
    <message>
        <source>Trust anchor added; press Save to keep it.</source>
        <translation>Trust anchor added; press Save to keep it.</translation>
    </message>
    <message>
        <source>PKCS#&amp;11 module</source>
        <translation>PKCS#&amp;11 module</translation>
    </message>
    <message>
        <source>Add tr&amp;ust anchor…</source>
        <translation>Add tr&amp;ust anchor…</translation>
    </message>
    <message>
        <source>Trust anc&amp;hors</source>
        <translation>Trust anc&amp;hors</translation>
    </message>
    <message>
        <source>Ti&amp;me-stamp server (TSA)</source>
        <translation>Ti&amp;me-stamp server (TSA)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>&amp;Language (after restart)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>S&amp;ave</translation>
    </message>
    <message>
        <source>Pr&amp;ofile</source>
        <translation>Pr&amp;ofile</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>Si&amp;gner</translation>
    </message>
    <message>
        <source>To&amp;ken (label or serial)</source>
        <translation>To&amp;ken (label or serial)</translation>
    </message>
    <message>
        <source>Certi&amp;ficate ID</source>
        <translation>Certi&amp;ficate ID</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itle</translation>
    </message>
    <message>
        <source>Agen&amp;cy</source>
        <translation>Agen&amp;cy</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Save &amp;profile</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Delete profile</translation>
    </message>
</context>
<context>
    <name>kyso::gui::SignView</name>
    <message>
        <source>Place signature</source>
        <translation>Place signature</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Sign…</translation>
    </message>
    <message>
        <source>Add PDF files…</source>
        <translation>Add PDF files…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>the only token plugged in</source>
        <translation>the only token plugged in</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Output</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11 module</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Number and symbol</translation>
    </message>
    <message>
        <source>Copy form</source>
        <translation>Copy form</translation>
    </message>
    <message>
        <source>%1 of %2 files signed.</source>
        <translation>%1 of %2 files signed.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation>Add PDF files</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Add at least one PDF file.</source>
        <translation>Add at least one PDF file.</translation>
    </message>
    <message>
        <source>Checking the files and the token…</source>
        <translation>Checking the files and the token…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files ready to sign.</source>
        <translation>%1 of %2 files ready to sign.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Not signed: %1</translation>
    </message>
    <message>
        <source>Signing… %1 / %2</source>
        <translation>Signing… %1 / %2</translation>
    </message>
    <message>
        <source>Long-term validation data (PAdES B-LT)</source>
        <translation>Long-term validation data (PAdES B-LT)</translation>
    </message>
    <message>
        <source>Give the number and date (release)</source>
        <translation>Give the number and date (release)</translation>
    </message>
    <message>
        <source>Number and seal…</source>
        <translation>Number and seal…</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>next free number</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>%1: will be released as %2</source>
        <translation>%1: will be released as %2</translation>
    </message>
    <message>
        <source>Choose the agency certificate and the seal image, then place the seal: the next free number and today&apos;s date are proposed.</source>
        <translation>Choose the agency certificate and the seal image, then place the seal: the next free number and today&apos;s date are proposed.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>The PIN was not accepted; nothing was signed. %1</source>
        <translation>The PIN was not accepted; nothing was signed. %1</translation>
    </message>
    <message>
        <source>The token is locked</source>
        <translation>The token is locked</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is now locked; no further file was signed.

%1</source>
        <translation>The token&apos;s PIN is now locked; no further file was signed.

%1</translation>
    </message>
    <message>
        <source>Not signed — select the row for the reason</source>
        <translation>Not signed — select the row for the reason</translation>
    </message>
    <message>
        <source>%1: the standard signature block was not found; draw the signature box by hand on the page.</source>
        <translation>%1: the standard signature block was not found; draw the signature box by hand on the page.</translation>
    </message>
    <message>
        <source>The standard signature block (title and name of the signer) was not found in this document. Go to the page where the signature belongs and draw the signature box there: press the mouse button and drag.</source>
        <translation>The standard signature block (title and name of the signer) was not found in this document. Go to the page where the signature belongs and draw the signature box there: press the mouse button and drag.</translation>
    </message>
    <message>
        <source>The signature will be placed in the box drawn on page %1. To change it, drag the box or draw a new one (also on another page).</source>
        <translation>The signature will be placed in the box drawn on page %1. To change it, drag the box or draw a new one (also on another page).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop after the file being signed; the others are not signed.</source>
        <translation>Stop after the file being signed; the others are not signed.</translation>
    </message>
    <message>
        <source>Stopping after the file being signed…</source>
        <translation>Stopping after the file being signed…</translation>
    </message>
    <message>
        <source>%1 — each file waits for the time-stamp server %2 and the certificate status servers</source>
        <translation>%1 — each file waits for the time-stamp server %2 and the certificate status servers</translation>
    </message>
    <message>
        <source>%1 — each file waits for the time-stamp server %2</source>
        <translation>%1 — each file waits for the time-stamp server %2</translation>
    </message>
    <message>
        <source>%1 — each file waits for the certificate status servers</source>
        <translation>%1 — each file waits for the certificate status servers</translation>
    </message>
</context>
<context>
    <name>kyso::gui::TokensView</name>
    <message>
        <source>Token / certificate</source>
        <translation>Token / certificate</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reading the tokens…</source>
        <translation>Reading the tokens…</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Module %1: %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message numerus="yes">
        <source>Module %1: %n token(s)</source>
        <translation>
            <numerusform>Module %1: %n token</numerusform>
            <numerusform>Module %1: %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agency</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>personal</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>REQUEST TO UNLOCK A TOKEN (Form 06)
To: Department of Science and Technology
Token: %1, serial %2 (%3 %4)
Certificate holder: %5
Reason: the user PIN is locked after too many wrong entries.
The managing agency signs and sends this request; it is handled within 1 working day.</source>
        <translation>REQUEST TO UNLOCK A TOKEN (Form 06)
To: Department of Science and Technology
Token: %1, serial %2 (%3 %4)
Certificate holder: %5
Reason: the user PIN is locked after too many wrong entries.
The managing agency signs and sends this request; it is handled within 1 working day.</translation>
    </message>
    <message>
        <source>What to file</source>
        <translation>What to file</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (copy: %4)</source>
        <translation>%1: %2 → %3 (copy: %4)</translation>
    </message>
    <message>
        <source>No token is plugged in. Plug the USB token into this computer: it appears here by itself.</source>
        <translation>No token is plugged in. Plug the USB token into this computer: it appears here by itself.</translation>
    </message>
    <message>
        <source>The PIN is locked: it cannot be changed before the token is unlocked (Form 06).</source>
        <translation>The PIN is locked: it cannot be changed before the token is unlocked (Form 06).</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Change &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Copy the Form 06 text</source>
        <translation>&amp;Copy the Form 06 text</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
</context>
<context>
    <name>kyso::gui::VerifyView</name>
    <message>
        <source>Open or drop a PDF to check its signatures.</source>
        <translation>Open or drop a PDF to check its signatures.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>&amp;Next page ▶</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Open PDF…</translation>
    </message>
    <message>
        <source>Nothing was changed after this signature.</source>
        <translation>Nothing was changed after this signature.</translation>
    </message>
    <message>
        <source>After it, only further signatures or validation data were added.</source>
        <translation>After it, only further signatures or validation data were added.</translation>
    </message>
    <message>
        <source>After it, form fields were filled in.</source>
        <translation>After it, form fields were filled in.</translation>
    </message>
    <message>
        <source>After it, annotations were added or changed.</source>
        <translation>After it, annotations were added or changed.</translation>
    </message>
    <message>
        <source>After it, the document itself was changed.</source>
        <translation>After it, the document itself was changed.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the details below)</source>
        <translation>
            <numerusform>and %n more (see the details below)</numerusform>
            <numerusform>and %n more (see the details below)</numerusform>
        </translation>
    </message>
    <message>
        <source>As: %1</source>
        <translation>As: %1</translation>
    </message>
    <message>
        <source>Signed on %1 (Vietnam time)</source>
        <translation>Signed on %1 (Vietnam time)</translation>
    </message>
    <message>
        <source>The signing time is not stated</source>
        <translation>The signing time is not stated</translation>
    </message>
    <message>
        <source>Valid and trusted: the certificate comes from a trusted CA and was valid when signing.</source>
        <translation>Valid and trusted: the certificate comes from a trusted CA and was valid when signing.</translation>
    </message>
    <message>
        <source>NOT valid: %1.</source>
        <translation>NOT valid: %1.</translation>
    </message>
    <message>
        <source>Box on page %1 (click to show it)</source>
        <translation>Box on page %1 (click to show it)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PDF files to sign</source>
        <translation>PDF files to sign</translation>
    </message>
    <message>
        <source>Open FILE in the verify view.</source>
        <translation>Open FILE in the verify view.</translation>
    </message>
    <message>
        <source>argument %1, byte 0x%2 at offset %3: %4</source>
        <translation>argument %1, byte 0x%2 at offset %3: %4</translation>
    </message>
    <message>
        <source>Save a PNG of every view and dialog into DIR and quit.</source>
        <translation>Save a PNG of every view and dialog into DIR and quit.</translation>
    </message>
</context>
</TS>
