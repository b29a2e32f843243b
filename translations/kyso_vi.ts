<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AtomicOutput</name>
    <message>
        <source>file name too long: %1 bytes, at most %2</source>
        <translation>tên tệp quá dài: %1 byte, tối đa %2</translation>
    </message>
</context>
<context>
    <name>AuthorityCheck</name>
    <message>
        <source>(not read)</source>
        <translation>(không đọc được)</translation>
    </message>
    <message>
        <source>Document: agency %1; number %2; type %3</source>
        <translation>Văn bản: cơ quan %1; số %2; loại %3</translation>
    </message>
    <message>
        <source>Signature block: %1</source>
        <translation>Khối chữ ký: %1</translation>
    </message>
    <message>
        <source>Certificate: %1; title %2; organisation %3</source>
        <translation>Chứng thư số: %1; chức danh %2; cơ quan %3</translation>
    </message>
    <message>
        <source>Mismatch: %1</source>
        <translation>Không khớp: %1</translation>
    </message>
    <message>
        <source>Exception allowed: %1</source>
        <translation>Ngoại lệ được chấp thuận: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>không đọc được %1</translation>
    </message>
    <message>
        <source>%1 is numbered %2, not %3</source>
        <translation>%1 mang số %2, không phải %3</translation>
    </message>
    <message>
        <source>%1 carries no valid, trusted seal of %2</source>
        <translation>%1 không có chữ ký số hợp lệ, tin cậy của %2</translation>
    </message>
    <message>
        <source>no document numbered %1 sealed by %2 in the register</source>
        <translation>sổ theo dõi không có văn bản số %1 đã được %2 ký số</translation>
    </message>
</context>
<context>
    <name>AuthorityRules</name>
    <message>
        <source>certificate: %1; block: %2</source>
        <translation>chứng thư số: %1; khối chữ ký: %2</translation>
    </message>
    <message>
        <source>The name in the block (%1) matches the certificate (%2) only without diacritics.</source>
        <translation>Tên trong khối chữ ký (%1) chỉ khớp với chứng thư số (%2) khi bỏ dấu.</translation>
    </message>
    <message>
        <source>certificate: %1; document: %2</source>
        <translation>chứng thư số: %1; văn bản: %2</translation>
    </message>
    <message>
        <source>--title %1; certificate: %2</source>
        <translation>--title %1; chứng thư số: %2</translation>
    </message>
    <message>
        <source>--agency %1; certificate: %2</source>
        <translation>--agency %1; chứng thư số: %2</translation>
    </message>
    <message>
        <source>stamp: %1; certificate: %2</source>
        <translation>dấu sao: %1; chứng thư số: %2</translation>
    </message>
    <message>
        <source>Authority rule overridden (%1): %2</source>
        <translation>Đã cho phép ngoại lệ về thẩm quyền (%1): %2</translation>
    </message>
    <message>
        <source>The typed capacity %1 differs from the block&apos;s %2.</source>
        <translation>Thẩm quyền ký đã nhập %1 khác với khối chữ ký (%2).</translation>
    </message>
</context>
<context>
    <name>BatchSignCommand</name>
    <message>
        <source>signed: %1 -&gt; %2 (page %3)</source>
        <translation>đã ký: %1 -&gt; %2 (trang %3)</translation>
    </message>
    <message>
        <source>NOT signed: %1: %2 (exit %3)</source>
        <translation>CHƯA ký: %1: %2 (mã thoát %3)</translation>
    </message>
    <message>
        <source>NOT signed: %1: the batch stopped at an earlier error</source>
        <translation>CHƯA ký: %1: lô đã dừng ở một lỗi trước đó</translation>
    </message>
    <message>
        <source>Signed %1 of %2 file(s); %3 failed, %4 not attempted.</source>
        <translation>Đã ký %1 trên %2 tệp; %3 tệp lỗi, %4 tệp chưa thực hiện.</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>Lô ký đã dừng: %1</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>cảnh báo: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1 signed without a time-stamp: %2</source>
        <translation>cảnh báo: %1 được ký không có dấu thời gian: %2</translation>
    </message>
</context>
<context>
    <name>BatchSigning</name>
    <message>
        <source>%1 and %2 would both be signed to %3</source>
        <translation>%1 và %2 sẽ cùng được ký ra tệp %3</translation>
    </message>
</context>
<context>
    <name>ChainBuilder</name>
    <message>
        <source>%1: no answer within the %2 s allowed for this operation</source>
        <translation>%1: không có phản hồi trong %2 giây dành cho thao tác này</translation>
    </message>
    <message>
        <source>%1 holds no certificate that issued this one</source>
        <translation>%1 không chứa chứng thư số nào đã cấp chứng thư này</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>không có chứng thư số nào trong %1</translation>
    </message>
    <message>
        <source>unreadable certificate</source>
        <translation>không đọc được chứng thư số</translation>
    </message>
    <message>
        <source>the chain ends at &quot;%1&quot;, which is not a trust anchor</source>
        <translation>chuỗi chứng thư dừng ở &quot;%1&quot;, không phải chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>the issuer of &quot;%1&quot; was not found</source>
        <translation>không tìm thấy chứng thư của tổ chức cấp cho &quot;%1&quot;</translation>
    </message>
    <message>
        <source> (offline: its AIA address was not asked)</source>
        <translation> (ngoại tuyến: không hỏi địa chỉ AIA của chứng thư)</translation>
    </message>
    <message>
        <source>the chain loops at &quot;%1&quot;</source>
        <translation>chuỗi chứng thư bị vòng lặp tại &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the chain is too long</source>
        <translation>chuỗi chứng thư quá dài</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>The PIN was changed.</source>
        <translation>Đã đổi mã PIN.</translation>
    </message>
</context>
<context>
    <name>CliPinProvider</name>
    <message>
        <source>standard input is empty</source>
        <translation>đầu vào chuẩn trống</translation>
    </message>
    <message>
        <source>environment variable %1 is not set</source>
        <translation>biến môi trường %1 chưa được đặt</translation>
    </message>
    <message>
        <source>no terminal; use --pin-stdin or --pin-env</source>
        <translation>không có cửa sổ dòng lệnh; hãy dùng --pin-stdin hoặc --pin-env</translation>
    </message>
    <message>
        <source>PIN for token &quot;%1&quot;</source>
        <translation>Mã PIN của token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New PIN for token &quot;%1&quot;</source>
        <translation>Mã PIN mới cho token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nhập lại mã PIN mới</translation>
    </message>
    <message>
        <source>the two new PINs differ</source>
        <translation>hai lần nhập mã PIN mới không khớp</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Usage: kyso-cli &lt;command&gt; [options]</source>
        <translation>Cách dùng: kyso-cli &lt;lệnh&gt; [tùy chọn]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Run &apos;kyso-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>Chạy &apos;kyso-cli &lt;lệnh&gt; --help&apos; để xem tùy chọn của từng lệnh.</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>The form has fields without a drawn appearance and asks viewers to draw them; signing it would hide the signature in some viewers. Fill and save the form (or flatten it) in the program that made it, then sign.</source>
        <translation>Biểu mẫu có trường chưa có hình hiển thị và yêu cầu trình xem tự vẽ; ký lên biểu mẫu này sẽ làm chữ ký bị ẩn trong một số trình xem. Hãy điền và lưu biểu mẫu (hoặc làm phẳng biểu mẫu) bằng chương trình đã tạo ra nó, rồi ký.</translation>
    </message>
    <message>
        <source>The signature rectangle lies outside the visible page (--rect is measured in points from the lower-left corner of the visible page).</source>
        <translation>Khung chữ ký nằm ngoài vùng trang hiển thị (--rect tính bằng point từ góc dưới bên trái của vùng trang hiển thị).</translation>
    </message>
    <message>
        <source>The certificate holder is not the person named in the signature block of the document.</source>
        <translation>Người được cấp chứng thư số không phải là người có tên trong khối chữ ký của văn bản.</translation>
    </message>
    <message>
        <source>The title in the certificate does not fit the title in the signature block.</source>
        <translation>Chức danh trong chứng thư số không khớp với chức danh trong khối chữ ký.</translation>
    </message>
    <message>
        <source>The certificate&apos;s organisation is neither the issuing agency nor its parent as printed in the document.</source>
        <translation>Cơ quan, tổ chức trong chứng thư số không phải là cơ quan ban hành văn bản hoặc cơ quan cấp trên như in ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>The typed title or agency contradicts the certificate; it is not recorded.</source>
        <translation>Chức danh hoặc cơ quan đã nhập trái với chứng thư số; giá trị này không được ghi nhận.</translation>
    </message>
    <message>
        <source>The agency certificate does not belong to the agency that issues the document.</source>
        <translation>Chứng thư số của cơ quan không thuộc cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <source>The copying agency on the stamp must be the certificate&apos;s agency.</source>
        <translation>Cơ quan thực hiện sao ghi trên dấu sao phải là cơ quan của chứng thư số.</translation>
    </message>
    <message>
        <source>The attachment is not tied to a main document sealed by the same agency (give its number from the register or --main FILE).</source>
        <translation>Văn bản phụ lục không gắn với văn bản chính đã được chính cơ quan này ký số (nêu số văn bản có trong sổ theo dõi hoặc --main TỆP).</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <source>Invalid command line.</source>
        <translation>Câu lệnh không hợp lệ.</translation>
    </message>
    <message>
        <source>The file does not exist or cannot be read.</source>
        <translation>Tệp không tồn tại hoặc không đọc được.</translation>
    </message>
    <message>
        <source>The file is not a PDF document.</source>
        <translation>Tệp không phải là văn bản PDF.</translation>
    </message>
    <message>
        <source>The PDF file is damaged and cannot be signed safely.</source>
        <translation>Tệp PDF bị hỏng, không thể ký an toàn.</translation>
    </message>
    <message>
        <source>The PDF file is password-protected (encrypted); remove the protection with the author&apos;s consent, then sign.</source>
        <translation>Tệp PDF được bảo vệ bằng mật khẩu (mã hóa); hãy gỡ bảo vệ khi được tác giả đồng ý rồi ký.</translation>
    </message>
    <message>
        <source>The requested page does not exist in the document.</source>
        <translation>Văn bản không có trang được yêu cầu.</translation>
    </message>
    <message>
        <source>The signature image cannot be read (a PNG or JPEG file is required).</source>
        <translation>Không đọc được ảnh chữ ký (cần tệp PNG hoặc JPEG).</translation>
    </message>
    <message>
        <source>The PKCS#11 driver of the token cannot be loaded.</source>
        <translation>Không nạp được trình điều khiển PKCS#11 của token.</translation>
    </message>
    <message>
        <source>No token is plugged in (or the requested token was not found).</source>
        <translation>Không có token nào được cắm (hoặc không tìm thấy token được yêu cầu).</translation>
    </message>
    <message>
        <source>Several tokens are plugged in; choose one by its label.</source>
        <translation>Đang cắm nhiều token; hãy chọn một token theo nhãn.</translation>
    </message>
    <message>
        <source>The requested certificate with its private key was not found on the token.</source>
        <translation>Không tìm thấy chứng thư số được yêu cầu cùng khóa bí mật trên token.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>Chứng thư số chưa đến thời hạn hiệu lực.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Sai mã PIN.</translation>
    </message>
    <message>
        <source>The token PIN is locked. The managing agency must send a written request (Form 06) to the provincial Department of Science and Technology to unlock it.</source>
        <translation>Mã PIN của token đã bị khóa. Cơ quan quản lý thuê bao cần gửi văn bản đề nghị (Mẫu 06) tới Sở Khoa học và Công nghệ tỉnh để mở khóa.</translation>
    </message>
    <message>
        <source>Only one PIN attempt is left before the token locks; confirm explicitly to use it.</source>
        <translation>Chỉ còn một lần nhập PIN trước khi token bị khóa; cần xác nhận rõ ràng để dùng lần này.</translation>
    </message>
    <message>
        <source>No PIN was entered.</source>
        <translation>Chưa nhập mã PIN.</translation>
    </message>
    <message>
        <source>The token was removed during the operation; nothing was written.</source>
        <translation>Token đã bị rút ra trong khi thao tác; không có gì được ghi.</translation>
    </message>
    <message>
        <source>The token reported an error.</source>
        <translation>Token báo lỗi.</translation>
    </message>
    <message>
        <source>The output file cannot be written in the chosen folder.</source>
        <translation>Tệp kết quả không ghi được vào thư mục đã chọn.</translation>
    </message>
    <message>
        <source>The output file already exists; choose another name or allow overwriting.</source>
        <translation>Tệp kết quả đã tồn tại; hãy chọn tên khác hoặc cho phép ghi đè.</translation>
    </message>
    <message>
        <source>The output file must differ from the input file.</source>
        <translation>Tệp kết quả phải khác tệp đầu vào.</translation>
    </message>
    <message>
        <source>The signature does not fit in the space reserved for it.</source>
        <translation>Chữ ký vượt quá chỗ đã dành cho nó.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Ký số không thành công.</translation>
    </message>
    <message>
        <source>Internal error.</source>
        <translation>Lỗi nội bộ.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The token did not answer in time; unplug it, plug it in again and retry.</source>
        <translation>Token không phản hồi kịp thời; hãy rút token ra, cắm lại rồi thử lại.</translation>
    </message>
    <message>
        <source>The document carries a certification signature that allows no further changes; it cannot be signed again.</source>
        <translation>Văn bản có chữ ký chứng nhận không cho phép thay đổi thêm; không thể ký tiếp.</translation>
    </message>
    <message>
        <source>This certificate may not be used for this kind of signature.</source>
        <translation>Chứng thư số này không được dùng cho loại chữ ký này.</translation>
    </message>
    <message>
        <source>The agency signature may only be added over a valid signature of the competent person (or on a copy the agency makes).</source>
        <translation>Chỉ được ký số của cơ quan lên văn bản đã có chữ ký số hợp lệ của người có thẩm quyền (hoặc lên bản sao do cơ quan thực hiện).</translation>
    </message>
    <message>
        <source>The signature block was not found on the last page; give the position with --page and --rect.</source>
        <translation>Không tìm thấy khối chữ ký ở trang cuối; hãy chỉ vị trí bằng --page và --rect.</translation>
    </message>
    <message>
        <source>The signing register cannot be written.</source>
        <translation>Không ghi được sổ theo dõi ký số.</translation>
    </message>
    <message>
        <source>A PKI service (time-stamp, OCSP or CRL server) could not be reached.</source>
        <translation>Không kết nối được dịch vụ chứng thực (máy chủ dấu thời gian, OCSP hoặc CRL).</translation>
    </message>
    <message>
        <source>The time-stamp server refused the request or sent an invalid time-stamp.</source>
        <translation>Máy chủ dấu thời gian từ chối yêu cầu hoặc trả về dấu thời gian không hợp lệ.</translation>
    </message>
    <message>
        <source>The signing certificate has been revoked; it must not be used.</source>
        <translation>Chứng thư số đã bị thu hồi; không được sử dụng.</translation>
    </message>
    <message>
        <source>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced, not even with --force.</source>
        <translation>Đường dẫn đầu ra không phải là tệp thông thường (thư mục, thiết bị, đường ống hoặc liên kết tới chúng); KySo không bao giờ thay thế nó, kể cả với --force.</translation>
    </message>
    <message>
        <source>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register for writing (or run: kyso-cli log reconcile).</source>
        <translation>Tệp đã ký đã được ghi, nhưng sổ theo dõi không ghi được việc ký đã hoàn tất; việc này sẽ được ghi vào lần tới KySo mở sổ theo dõi để ghi (hoặc chạy: kyso-cli log reconcile).</translation>
    </message>
    <message>
        <source>The signed file failed KySo&apos;s own check after signing; it was not saved.</source>
        <translation>Tệp đã ký không qua được bước tự kiểm tra của KySo sau khi ký; tệp không được lưu.</translation>
    </message>
    <message>
        <source>The signing register was altered outside KySo; run kyso-cli log verify and restore it from a backup.</source>
        <translation>Sổ theo dõi ký số đã bị sửa bên ngoài KySo; hãy chạy kyso-cli log verify và khôi phục sổ từ bản sao lưu.</translation>
    </message>
    <message>
        <source>A file name or argument is not valid UTF-8 text, so KySo cannot open it; rename the file (for example with convmv) and try again.</source>
        <translation>Tên tệp hoặc tham số không phải văn bản UTF-8 hợp lệ nên KySo không mở được; hãy đổi tên tệp (ví dụ bằng convmv) rồi thử lại.</translation>
    </message>
    <message>
        <source>The time-stamp could not be verified (its authority is not trusted or the token is invalid); nothing was signed.</source>
        <translation>Không xác minh được dấu thời gian (tổ chức cấp dấu thời gian không được tin cậy hoặc dấu thời gian không hợp lệ); chưa ký gì.</translation>
    </message>
    <message>
        <source>The revocation answer (OCSP/CRL) could not be authenticated or is out of date; it was not trusted.</source>
        <translation>Phản hồi về tình trạng thu hồi (OCSP/CRL) không xác thực được hoặc đã hết hạn; không được tin cậy.</translation>
    </message>
    <message>
        <source>The certificate chain cannot be completed up to a trust anchor.</source>
        <translation>Không hoàn thiện được chuỗi chứng thư đến chứng thư gốc tin cậy.</translation>
    </message>
    <message>
        <source>Revocation data (OCSP or CRL) is missing for a certificate of the chain; a long-term signature needs it.</source>
        <translation>Thiếu dữ liệu thu hồi (OCSP hoặc CRL) cho một chứng thư trong chuỗi; chữ ký dài hạn cần dữ liệu này.</translation>
    </message>
    <message>
        <source>The signing certificate has expired; it cannot be renewed: request a new certificate (Form 01/02) before signing.</source>
        <translation>Chứng thư số dùng để ký đã hết hạn và không thể gia hạn: cần đề nghị cấp chứng thư số mới (Mẫu 01/02) trước khi ký.</translation>
    </message>
    <message>
        <source>The certificate is revoked or its revocation has been requested (Form 05); it must not sign any more.</source>
        <translation>Chứng thư số đã bị thu hồi hoặc đã có đề nghị thu hồi (Mẫu 05); không được dùng để ký nữa.</translation>
    </message>
    <message>
        <source>The form does not fit the request: issue uses Form 01, 02 or 03; renewal and change of information Form 04; revocation Form 05; token recovery Form 06.</source>
        <translation>Mẫu không đúng với loại đề nghị: cấp mới dùng Mẫu 01, 02 hoặc 03; gia hạn và thay đổi thông tin dùng Mẫu 04; thu hồi dùng Mẫu 05; khôi phục thiết bị dùng Mẫu 06.</translation>
    </message>
    <message>
        <source>Renewal or change of information is not possible: a certificate is renewed only once, and renewal or change needs more than 30 days of validity left; request a new certificate (Form 01/02) instead.</source>
        <translation>Không thể gia hạn hoặc thay đổi thông tin: chứng thư số chỉ được gia hạn 01 lần, và việc gia hạn hay thay đổi cần còn hơn 30 ngày hiệu lực; hãy đề nghị cấp chứng thư số mới (Mẫu 01/02).</translation>
    </message>
    <message>
        <source>The token handover cannot be recorded.</source>
        <translation>Không thể ghi nhận việc bàn giao token.</translation>
    </message>
    <message>
        <source>The request or record is incomplete or unknown.</source>
        <translation>Đề nghị hoặc bản ghi chưa đầy đủ hoặc không tồn tại.</translation>
    </message>
    <message>
        <source>The blanks for the number (after &quot;Số:&quot;, before the symbol) and the date (&quot;ngày … tháng … năm&quot;) were not found in the header of the first page.</source>
        <translation>Không tìm thấy chỗ trống để điền số (sau &quot;Số:&quot;, trước ký hiệu) và ngày tháng (&quot;ngày … tháng … năm&quot;) ở phần đầu trang 1 của văn bản.</translation>
    </message>
    <message>
        <source>The document already has a number or date; it was released before.</source>
        <translation>Văn bản đã có số hoặc ngày tháng; văn bản đã được phát hành trước đó.</translation>
    </message>
    <message>
        <source>This number is already used in the outgoing-documents book of this agency for that year; give another one or --number next.</source>
        <translation>Số này đã được dùng trong sổ đăng ký văn bản đi của cơ quan trong năm đó; hãy cho số khác hoặc dùng --number next.</translation>
    </message>
    <message>
        <source>The release date does not fit the document (its year differs from the year printed in the draft).</source>
        <translation>Ngày phát hành không khớp với văn bản (năm khác với năm in trong dự thảo).</translation>
    </message>
    <message>
        <source>The agency named in the document&apos;s header is not the agency of this certificate; only the issuing agency may number and seal it.</source>
        <translation>Cơ quan ghi ở phần đầu văn bản không phải là cơ quan của chứng thư số này; chỉ cơ quan ban hành mới được cấp số và đóng dấu.</translation>
    </message>
    <message>
        <source>The document was changed after an earlier signature beyond adding signatures; it must not be signed on top of it.</source>
        <translation>Văn bản đã bị thay đổi sau một chữ ký trước đó, không chỉ là thêm chữ ký; không được ký tiếp lên văn bản này.</translation>
    </message>
    <message>
        <source>A signature already in the document cannot be read; the document cannot be signed safely until that is explained.</source>
        <translation>Không đọc được một chữ ký đã có trong văn bản; chưa thể ký an toàn cho đến khi làm rõ điều đó.</translation>
    </message>
    <message>
        <source>Some files of the batch were not signed; see the result of each file.</source>
        <translation>Một số tệp trong lô chưa được ký; xem kết quả của từng tệp.</translation>
    </message>
    <message>
        <source>The folder contains no PDF file to sign.</source>
        <translation>Thư mục không có tệp PDF nào để ký.</translation>
    </message>
    <message>
        <source>Two input files would be signed to the same output file; sign them into different folders.</source>
        <translation>Hai tệp đầu vào sẽ được ký ra cùng một tệp kết quả; hãy ký chúng vào các thư mục khác nhau.</translation>
    </message>
    <message>
        <source>A signed copy with this name already exists in the folder; move or rename it, then sign again.</source>
        <translation>Trong thư mục đã có một bản đã ký trùng tên; hãy chuyển hoặc đổi tên bản đó rồi ký lại.</translation>
    </message>
    <message>
        <source>The signature box lies outside the visible page; draw it again inside the page.</source>
        <translation>Khung chữ ký nằm ngoài phần trang hiển thị; hãy đặt lại khung bên trong trang.</translation>
    </message>
    <message>
        <source>The output path is not a regular file (a folder, device, pipe or link to one); it is never replaced.</source>
        <translation>Đường dẫn tệp kết quả không phải là một tệp thông thường (thư mục, thiết bị, ống dẫn hoặc liên kết tới chúng); KySo không bao giờ ghi đè lên nó.</translation>
    </message>
    <message>
        <source>The signed file was written, but the register could not record that it is complete; it is recorded the next time KySo opens the register.</source>
        <translation>Tệp đã ký đã được ghi, nhưng sổ theo dõi chưa ghi nhận được việc hoàn tất; việc này sẽ được ghi vào lần tới KySo mở sổ theo dõi.</translation>
    </message>
    <message>
        <source>The signing register was altered outside KySo; ask the IT officer to check it and restore it from a backup.</source>
        <translation>Sổ theo dõi ký số đã bị sửa bên ngoài KySo; hãy nhờ cán bộ công nghệ thông tin kiểm tra và khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <source>The attachment is not tied to a main document sealed by the same agency; give the main document&apos;s number from the register.</source>
        <translation>Phụ lục chưa gắn với văn bản chính do cùng cơ quan đóng dấu; hãy nhập số của văn bản chính trong sổ theo dõi.</translation>
    </message>
    <message>
        <source>This number is already used in the outgoing-documents book of this agency for that year; leave the number empty to take the next free one.</source>
        <translation>Số này đã được dùng trong sổ văn bản đi của cơ quan trong năm đó; hãy để trống ô số để lấy số kế tiếp còn trống.</translation>
    </message>
    <message>
        <source>The signature block (the signer&apos;s title and name) was not found on the last page, so KySo cannot place the signature; check that this is the final version of the document, with its signature block.</source>
        <translation>Không tìm thấy khối chữ ký (chức vụ và họ tên người ký) ở trang cuối nên KySo không thể tự đặt chữ ký; hãy kiểm tra đây có đúng là bản cuối cùng của văn bản, có khối chữ ký hay không.</translation>
    </message>
</context>
<context>
    <name>ExistingSignatureGuard</name>
    <message>
        <source>after the signature %1: %2</source>
        <translation>sau chữ ký %1: %2</translation>
    </message>
</context>
<context>
    <name>FormUpdate</name>
    <message>
        <source>the form asks viewers to draw field appearances (/NeedAppearances) and some fields have none</source>
        <translation>biểu mẫu yêu cầu trình xem tự vẽ hình hiển thị của trường (/NeedAppearances) và có trường chưa có hình hiển thị</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>only http:// addresses are supported</source>
        <translation>chỉ hỗ trợ địa chỉ http://</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>không tìm thấy máy chủ</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>kết nối bị từ chối</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>phản hồi quá lớn</translation>
    </message>
    <message>
        <source>not an HTTP answer</source>
        <translation>không phải phản hồi HTTP</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>không có phản hồi trong %1 giây</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>Nothing to file</source>
        <translation>Không cần đề nghị</translation>
    </message>
    <message>
        <source>Renew</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Cấp chứng thư số mới</translation>
    </message>
    <message>
        <source>Change of information</source>
        <translation>Thay đổi thông tin</translation>
    </message>
    <message>
        <source>Recover the token</source>
        <translation>Khôi phục thiết bị</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Revoked: do not sign</source>
        <translation>Đã thu hồi: không được ký</translation>
    </message>
    <message>
        <source>its revocation was requested or reported; do not sign with it</source>
        <translation>đã có đề nghị thu hồi hoặc đã được báo thu hồi; không được dùng để ký</translation>
    </message>
    <message>
        <source>the token was lost</source>
        <translation>thiết bị lưu khóa bí mật bị mất</translation>
    </message>
    <message>
        <source>the private key is exposed or suspected to be</source>
        <translation>khóa bí mật bị lộ hoặc nghi bị lộ</translation>
    </message>
    <message>
        <source>the holder&apos;s post or title changed</source>
        <translation>người được cấp đã thay đổi vị trí công tác hoặc chức danh</translation>
    </message>
    <message>
        <source>a revocation case of Decree 68 art. 17 applies</source>
        <translation>thuộc trường hợp thu hồi theo Điều 17 Nghị định 68/2024/NĐ-CP</translation>
    </message>
    <message>
        <source>the token PIN is locked</source>
        <translation>mã PIN của thiết bị đã bị khóa</translation>
    </message>
    <message>
        <source>the certificate has expired and cannot be renewed</source>
        <translation>chứng thư số đã hết hạn, không thể gia hạn</translation>
    </message>
    <message>
        <source>the organisation or official e-mail in the certificate no longer fits</source>
        <translation>cơ quan, tổ chức hoặc thư điện tử công vụ trong chứng thư số không còn phù hợp</translation>
    </message>
    <message>
        <source>the information changed and 30 days or fewer are left, too few for a change</source>
        <translation>thông tin đã thay đổi nhưng chỉ còn 30 ngày hoặc ít hơn, không đủ để thay đổi thông tin</translation>
    </message>
    <message>
        <source>the certificate expires soon</source>
        <translation>chứng thư số sắp hết hạn</translation>
    </message>
    <message>
        <source>the certificate was renewed once already</source>
        <translation>chứng thư số đã được gia hạn 01 lần</translation>
    </message>
    <message>
        <source>30 days or fewer are left, too few for a renewal</source>
        <translation>chỉ còn 30 ngày hoặc ít hơn, không đủ điều kiện gia hạn</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> trước hoặc trong ngày %1</translation>
    </message>
    <message>
        <source>, copy to %1</source>
        <translation>, đồng gửi %1</translation>
    </message>
    <message>
        <source>Nothing to file.</source>
        <translation>Không cần đề nghị.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Đã thu hồi: %1.</translation>
    </message>
    <message>
        <source>Renew (%1): %2; the managing agency sends %1 to %3%4%5 (once only, while more than 30 days remain; the Sở acts within 03 working days).</source>
        <translation>Gia hạn (%1): %2; cơ quan quản lý trực tiếp gửi %1 về %3%4%5 (chỉ 01 lần, khi còn hơn 30 ngày hiệu lực; Sở xử lý trong 03 ngày làm việc).</translation>
    </message>
    <message>
        <source>Request a new certificate (%1): %2; the managing agency sends %1 to %3%4%5.</source>
        <translation>Đề nghị cấp chứng thư số mới (%1): %2; cơ quan quản lý trực tiếp gửi %1 về %3%4%5.</translation>
    </message>
    <message>
        <source>Change the certificate information (%1): %2; the managing agency sends %1 to %3%4%5 (the Sở acts within 03 working days).</source>
        <translation>Thay đổi thông tin chứng thư số (%1): %2; cơ quan quản lý trực tiếp gửi %1 về %3%4%5 (Sở xử lý trong 03 ngày làm việc).</translation>
    </message>
    <message>
        <source>Recover the token (%1): %2; the managing agency sends %1 to %3, which acts within 01 working day. Do not try more PINs.</source>
        <translation>Khôi phục thiết bị lưu khóa bí mật (%1): %2; cơ quan quản lý trực tiếp gửi %1 về %3, Sở xử lý trong 01 ngày làm việc. Không thử thêm mã PIN.</translation>
    </message>
    <message>
        <source>Revoke the certificate (%1): %2; the managing agency sends %1 to %3%4 now, and stops using it.</source>
        <translation>Thu hồi chứng thư số (%1): %2; cơ quan quản lý trực tiếp gửi ngay %1 về %3%4 và ngừng sử dụng.</translation>
    </message>
</context>
<context>
    <name>LifecycleCommands</name>
    <message>
        <source>Form number 01 to 06.</source>
        <translation>Số mẫu 01 đến 06.</translation>
    </message>
    <message>
        <source>Certificate holder.</source>
        <translation>Người được cấp chứng thư số.</translation>
    </message>
    <message>
        <source>Serial number of the token.</source>
        <translation>Số sê-ri của token.</translation>
    </message>
    <message>
        <source>Serial number of the certificate (hex).</source>
        <translation>Số hiệu của chứng thư số (hệ 16).</translation>
    </message>
    <message>
        <source>The certificate as a PEM or DER file (when its token is not plugged in).</source>
        <translation>Tệp chứng thư số dạng PEM hoặc DER (khi không cắm token chứa nó).</translation>
    </message>
    <message>
        <source>Revocation: lost, compromised, post-changed or other.</source>
        <translation>Thu hồi: lost (mất), compromised (lộ khóa), post-changed (thay đổi vị trí công tác) hoặc other (khác).</translation>
    </message>
    <message>
        <source>The managing agency (unit) filing the request.</source>
        <translation>Cơ quan quản lý trực tiếp (đơn vị) gửi đề nghị.</translation>
    </message>
    <message>
        <source>Number of the agency&apos;s letter.</source>
        <translation>Số văn bản đề nghị của cơ quan.</translation>
    </message>
    <message>
        <source>Date of the agency&apos;s letter (YYYY-MM-DD).</source>
        <translation>Ngày văn bản đề nghị của cơ quan (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Date the request was sent (YYYY-MM-DD).</source>
        <translation>Ngày gửi đề nghị (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>done: serial of the certificate the request produced.</source>
        <translation>done: số hiệu chứng thư số được cấp theo đề nghị.</translation>
    </message>
    <message>
        <source>Note.</source>
        <translation>Ghi chú.</translation>
    </message>
    <message>
        <source>Request number.</source>
        <translation>Số đề nghị.</translation>
    </message>
    <message>
        <source>PKCS#11 module to look for the certificate.</source>
        <translation>Mô-đun PKCS#11 để tìm chứng thư số.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In dạng JSON.</translation>
    </message>
    <message>
        <source>--form takes 01 to 06</source>
        <translation>--form nhận giá trị 01 đến 06</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3%4.</source>
        <translation>Đã ghi đề nghị số %1 (%2): gửi về %3%4.</translation>
    </message>
    <message>
        <source>, copy to %1</source>
        <translation>, đồng gửi %1</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>hạn xử lý %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>Certificate lifecycle requests (Mẫu 01–06).</source>
        <translation>Đề nghị cấp, gia hạn, thay đổi, thu hồi chứng thư số và khôi phục thiết bị (Mẫu 01–06).</translation>
    </message>
    <message>
        <source>set-status needs --id and --status (draft, sent, approved, rejected, done)</source>
        <translation>set-status cần --id và --status (draft, sent, approved, rejected, done)</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>thao tác không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a handover needs --token-serial, --from, --to and --authorised-by</source>
        <translation>bàn giao cần --token-serial, --from, --to và --authorised-by</translation>
    </message>
    <message>
        <source>Handover %1 recorded.</source>
        <translation>Đã ghi biên bản bàn giao số %1.</translation>
    </message>
    <message>
        <source>print needs the handover number and --pdf FILE</source>
        <translation>print cần số biên bản bàn giao và --pdf TỆP</translation>
    </message>
    <message>
        <source>Handover record written to %1</source>
        <translation>Đã ghi biên bản bàn giao vào %1</translation>
    </message>
    <message>
        <source>Token custody handovers (biên bản bàn giao, regulation art. 7.1.b).</source>
        <translation>Bàn giao thiết bị lưu khóa bí mật (biên bản bàn giao, điểm b khoản 1 Điều 7 Quy chế).</translation>
    </message>
    <message>
        <source>Handed over by.</source>
        <translation>Người giao.</translation>
    </message>
    <message>
        <source>Received by.</source>
        <translation>Người nhận.</translation>
    </message>
    <message>
        <source>Who gave written permission.</source>
        <translation>Người cho phép bằng văn bản.</translation>
    </message>
    <message>
        <source>Number of the written permission.</source>
        <translation>Số văn bản cho phép.</translation>
    </message>
    <message>
        <source>Date of the written permission (YYYY-MM-DD).</source>
        <translation>Ngày văn bản cho phép (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Date of the handover (YYYY-MM-DD).</source>
        <translation>Ngày bàn giao (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>PKCS#11 module to look for the token.</source>
        <translation>Mô-đun PKCS#11 để tìm token.</translation>
    </message>
    <message>
        <source>print: write the handover record (PDF) to this file.</source>
        <translation>print: ghi biên bản bàn giao (PDF) vào tệp này.</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>Từ ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD).</source>
        <translation>Đến ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>sai mã PIN</translation>
    </message>
    <message>
        <source>final PIN try refused (not confirmed)</source>
        <translation>từ chối lần thử PIN cuối (chưa xác nhận)</translation>
    </message>
    <message>
        <source>PIN locked</source>
        <translation>mã PIN bị khóa</translation>
    </message>
    <message>
        <source>lock observed</source>
        <translation>phát hiện thiết bị bị khóa</translation>
    </message>
    <message>
        <source>PIN changed</source>
        <translation>đã đổi mã PIN</translation>
    </message>
    <message>
        <source>token inserted</source>
        <translation>cắm token</translation>
    </message>
    <message>
        <source>token removed</source>
        <translation>rút token</translation>
    </message>
    <message>
        <source>Token events: wrong PIN, final try refused, lock observed, PIN changed, token inserted/removed.</source>
        <translation>Sự kiện token: sai mã PIN, từ chối lần thử cuối, thiết bị bị khóa, đổi mã PIN, cắm/rút token.</translation>
    </message>
    <message>
        <source>Only this token serial.</source>
        <translation>Chỉ token có số sê-ri này.</translation>
    </message>
    <message>
        <source>Report on the use of digital signatures from %1 to %2 (regulation art. 9.6)</source>
        <translation>Báo cáo tình hình sử dụng chữ ký số từ %1 đến %2 (khoản 6 Điều 9 Quy chế)</translation>
    </message>
    <message>
        <source>certificate expiring: %1 (%2) on %3</source>
        <translation>chứng thư số hết hạn: %1 (%2) ngày %3</translation>
    </message>
    <message>
        <source>request %1: %2 %3, %4%5</source>
        <translation>đề nghị số %1: %2 %3, %4%5</translation>
    </message>
    <message>
        <source>locks: %1, recovery requests: %2, handovers: %3</source>
        <translation>khóa thiết bị: %1, đề nghị khôi phục: %2, bàn giao: %3</translation>
    </message>
    <message>
        <source>Total signatures: %1</source>
        <translation>Tổng số chữ ký: %1</translation>
    </message>
    <message>
        <source>The periodic report of regulation art. 9.6, per unit.</source>
        <translation>Báo cáo định kỳ theo khoản 6 Điều 9 Quy chế, theo từng đơn vị.</translation>
    </message>
    <message>
        <source>Write the report as CSV to this file.</source>
        <translation>Ghi báo cáo dạng CSV vào tệp này.</translation>
    </message>
    <message>
        <source>Write the report as a printable PDF to this file.</source>
        <translation>Ghi báo cáo dạng PDF để in vào tệp này.</translation>
    </message>
    <message>
        <source>token custody handovers: add, list, print</source>
        <translation>bàn giao thiết bị lưu khóa bí mật: thêm, liệt kê, in biên bản</translation>
    </message>
    <message>
        <source>certificate requests (Form 01-06): add, list, set-status</source>
        <translation>đề nghị về chứng thư số (Mẫu 01-06): thêm, liệt kê, cập nhật trạng thái</translation>
    </message>
    <message>
        <source>The reporting agency, printed above the PDF report.</source>
        <translation>Cơ quan báo cáo, in ở đầu báo cáo PDF.</translation>
    </message>
</context>
<context>
    <name>LifecycleDocuments</name>
    <message>
        <source>no handover with number %1</source>
        <translation>không có biên bản bàn giao số %1</translation>
    </message>
    <message>
        <source>Signatures: %1</source>
        <translation>Số chữ ký: %1</translation>
    </message>
    <message>
        <source>Certificate expiring: %1 (serial %2) on %3</source>
        <translation>Chứng thư số hết hạn: %1 (số hiệu %2) ngày %3</translation>
    </message>
    <message>
        <source>Request %1: %2 (%3) for %4 to %5, status %6%7</source>
        <translation>Đề nghị số %1: %2 (%3) cho %4 gửi %5, trạng thái %6%7</translation>
    </message>
    <message>
        <source>, OVERDUE since %1</source>
        <translation>, QUÁ HẠN từ %1</translation>
    </message>
    <message>
        <source>Token locks: %1; recovery requests (Form 06): %2</source>
        <translation>Số lần thiết bị bị khóa: %1; đề nghị khôi phục (Mẫu 06): %2</translation>
    </message>
    <message>
        <source>Handover %1 on %2: token %3, %4 → %5</source>
        <translation>Bàn giao số %1 ngày %2: token %3, %4 → %5</translation>
    </message>
    <message>
        <source>Report on the management and use of official-duty digital signatures</source>
        <translation>Báo cáo tình hình quản lý, sử dụng chữ ký số chuyên dùng công vụ</translation>
    </message>
    <message>
        <source>(regulation art. 9.6) from %1 to %2</source>
        <translation>(khoản 6 Điều 9 Quy chế) từ %1 đến %2</translation>
    </message>
    <message>
        <source>Total signatures: %1</source>
        <translation>Tổng số chữ ký: %1</translation>
    </message>
</context>
<context>
    <name>LifecycleRecords</name>
    <message>
        <source>the sent date is written YYYY-MM-DD</source>
        <translation>ngày gửi viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the sent date %1 is in the future</source>
        <translation>ngày gửi %1 là ngày trong tương lai</translation>
    </message>
    <message>
        <source>the letter is dated after it was sent</source>
        <translation>văn bản đề nghị có ngày sau ngày gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) of validity left; more than 30 are needed (art. 5)</source>
        <translation>
            <numerusform>còn %n ngày hiệu lực; cần còn hơn 30 ngày (Điều 5 Quy chế)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not the form for &quot;%2&quot;</source>
        <translation>%1 không phải mẫu dùng cho &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no request with number %1</source>
        <translation>không có đề nghị số %1</translation>
    </message>
    <message>
        <source>--result-serial goes with --status done</source>
        <translation>--result-serial chỉ dùng với --status done</translation>
    </message>
    <message>
        <source>renewal request %1 (%2) was already filed for this certificate</source>
        <translation>đã có đề nghị gia hạn số %1 (%2) cho chứng thư số này</translation>
    </message>
    <message>
        <source>this certificate is the renewal made by request %1</source>
        <translation>chứng thư số này là kết quả gia hạn theo đề nghị số %1</translation>
    </message>
    <message>
        <source>the holder&apos;s certificate was renewed by request %1</source>
        <translation>chứng thư số của người này đã được gia hạn theo đề nghị số %1</translation>
    </message>
    <message>
        <source>revocation request %1 (Mẫu 05, %2), status %3</source>
        <translation>đề nghị thu hồi số %1 (Mẫu 05, %2), trạng thái %3</translation>
    </message>
    <message>
        <source>reported revoked on %1 by %2</source>
        <translation>được báo đã thu hồi ngày %1 theo %2</translation>
    </message>
    <message>
        <source>the person handing over and the person receiving are the same</source>
        <translation>người giao và người nhận là cùng một người</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the handover date %1 is in the future</source>
        <translation>ngày bàn giao %1 là ngày trong tương lai</translation>
    </message>
    <message>
        <source>token %1 is neither in the register nor plugged in</source>
        <translation>token %1 không có trong sổ theo dõi và cũng không được cắm vào máy</translation>
    </message>
    <message>
        <source>the permission is dated after the handover</source>
        <translation>văn bản cho phép có ngày sau ngày bàn giao</translation>
    </message>
    <message>
        <source>a request that is sent needs the number and date of the agency&apos;s letter</source>
        <translation>đề nghị đã gửi cần có số và ngày của văn bản đề nghị của cơ quan</translation>
    </message>
    <message>
        <source>the certificate %1 was not found: plug in its token, or give the certificate file</source>
        <translation>không tìm thấy chứng thư số %1: hãy cắm token chứa nó, hoặc cung cấp tệp chứng thư số</translation>
    </message>
    <message>
        <source>the kind of request is issue, renew, change, revoke or recover</source>
        <translation>loại đề nghị là cấp mới, gia hạn, thay đổi thông tin, thu hồi hoặc khôi phục</translation>
    </message>
    <message>
        <source>a request needs the certificate holder</source>
        <translation>đề nghị cần có tên người được cấp chứng thư số</translation>
    </message>
    <message>
        <source>this request needs the serial number of the certificate</source>
        <translation>đề nghị này cần số hiệu (serial) của chứng thư số</translation>
    </message>
    <message>
        <source>a recovery request needs the serial number of the token</source>
        <translation>đề nghị khôi phục cần số hiệu (serial) của token</translation>
    </message>
    <message>
        <source>a revocation needs its reason: lost, compromised, post-changed or other</source>
        <translation>đề nghị thu hồi cần nêu lý do: bị mất, lộ khóa, thay đổi vị trí công tác hoặc lý do khác</translation>
    </message>
    <message>
        <source>a handover needs the token&apos;s serial number, the person handing over, the person receiving and who authorised it</source>
        <translation>biên bản bàn giao cần số hiệu (serial) của token, người giao, người nhận và người cho phép</translation>
    </message>
    <message>
        <source>the agency token is handed over only with the written permission of the competent person (art. 7.1.b): give the number and date of the permission</source>
        <translation>token của cơ quan chỉ được bàn giao khi có văn bản cho phép của người có thẩm quyền (Điều 7.1.b): hãy nhập số và ngày của văn bản cho phép</translation>
    </message>
</context>
<context>
    <name>LtvCollector</name>
    <message>
        <source>&quot;%1&quot; revoked on %2 (%3)</source>
        <translation>&quot;%1&quot; đã bị thu hồi lúc %2 (%3)</translation>
    </message>
    <message>
        <source>not trusted and ignored: %1</source>
        <translation>không tin cậy, đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>the chain of &quot;%1&quot; is incomplete</source>
        <translation>chuỗi chứng thư của &quot;%1&quot; chưa đầy đủ</translation>
    </message>
</context>
<context>
    <name>Module</name>
    <message>
        <source>file not found: %1</source>
        <translation>không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <source>not a usable PKCS#11 module: %1</source>
        <translation>không phải thư viện PKCS#11 dùng được: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>không phản hồi trong %1 giây</translation>
    </message>
</context>
<context>
    <name>OutgoingBook</name>
    <message>
        <source>a document number is a positive whole number</source>
        <translation>số văn bản phải là số nguyên dương</translation>
    </message>
    <message>
        <source>number %1 in %2</source>
        <translation>số %1 năm %2</translation>
    </message>
</context>
<context>
    <name>OutputSelfCheck</name>
    <message>
        <source>the new signature does not match the file</source>
        <translation>chữ ký vừa tạo không khớp với tệp</translation>
    </message>
    <message>
        <source>the new signature %1 is not found in the file</source>
        <translation>không tìm thấy chữ ký vừa tạo %1 trong tệp</translation>
    </message>
</context>
<context>
    <name>PageCheck</name>
    <message>
        <source>page %1: %2</source>
        <translation>trang %1: %2</translation>
    </message>
    <message>
        <source>the page object is missing</source>
        <translation>thiếu đối tượng trang</translation>
    </message>
    <message>
        <source>the page tree loops (/Parent)</source>
        <translation>cây trang bị vòng lặp (/Parent)</translation>
    </message>
    <message>
        <source>a /Parent of the page is missing</source>
        <translation>thiếu một /Parent của trang</translation>
    </message>
    <message>
        <source>the page has no usable /MediaBox</source>
        <translation>trang không có /MediaBox dùng được</translation>
    </message>
    <message>
        <source>the page cannot be read</source>
        <translation>không đọc được trang</translation>
    </message>
</context>
<context>
    <name>PdfInput</name>
    <message>
        <source>page tree: the /Parent of object %1 does not point to the node that lists it</source>
        <translation>cây trang: /Parent của đối tượng %1 không trỏ tới nút chứa nó</translation>
    </message>
    <message>
        <source>page tree: /Count of object %1 does not match its %2 page(s)</source>
        <translation>cây trang: /Count của đối tượng %1 không khớp với %2 trang bên dưới</translation>
    </message>
    <message>
        <source>page tree: more than %1 nodes</source>
        <translation>cây trang: nhiều hơn %1 nút</translation>
    </message>
    <message>
        <source>page tree: object %1 is listed twice (a loop)</source>
        <translation>cây trang: đối tượng %1 xuất hiện hai lần (vòng lặp)</translation>
    </message>
    <message>
        <source>page tree: object %1 is missing or not a dictionary</source>
        <translation>cây trang: đối tượng %1 bị thiếu hoặc không phải từ điển</translation>
    </message>
    <message>
        <source>page tree: nested deeper than %1 levels</source>
        <translation>cây trang: lồng sâu hơn %1 mức</translation>
    </message>
    <message>
        <source>page tree: object %1 has no /Kids array</source>
        <translation>cây trang: đối tượng %1 không có mảng /Kids</translation>
    </message>
    <message>
        <source>page tree: a /Kids entry of object %1 is not a reference</source>
        <translation>cây trang: một phần tử /Kids của đối tượng %1 không phải tham chiếu</translation>
    </message>
    <message>
        <source>the document has no page tree</source>
        <translation>tài liệu không có cây trang</translation>
    </message>
    <message>
        <source>page tree: the root node has a /Parent inside the tree (a loop)</source>
        <translation>cây trang: nút gốc có /Parent nằm trong cây (vòng lặp)</translation>
    </message>
    <message>
        <source>no pages</source>
        <translation>không có trang nào</translation>
    </message>
</context>
<context>
    <name>PdfSigner</name>
    <message>
        <source>rectangle %1,%2,%3,%4 on a visible page of %5 × %6 pt</source>
        <translation>khung %1,%2,%3,%4 trên trang hiển thị %5 × %6 pt</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>trang %1 trên %2</translation>
    </message>
    <message>
        <source>empty signature rectangle</source>
        <translation>khung chữ ký rỗng</translation>
    </message>
    <message>
        <source>page %1 cannot be read</source>
        <translation>không đọc được trang %1</translation>
    </message>
</context>
<context>
    <name>PinState</name>
    <message>
        <source>PIN OK</source>
        <translation>PIN bình thường</translation>
    </message>
    <message>
        <source>the token reports few PIN attempts left</source>
        <translation>thiết bị báo còn ít lần thử</translation>
    </message>
    <message>
        <source>the token reports the final PIN attempt; another wrong PIN locks it</source>
        <translation>thiết bị báo đây là lần thử cuối; nhập sai thêm một lần sẽ khóa token</translation>
    </message>
    <message>
        <source>the token reports the PIN is locked</source>
        <translation>thiết bị báo mã PIN đã bị khóa</translation>
    </message>
    <message>
        <source>the token requires the PIN to be changed</source>
        <translation>thiết bị yêu cầu đổi mã PIN</translation>
    </message>
    <message>
        <source>the user PIN is not initialised</source>
        <translation>mã PIN người dùng chưa được khởi tạo</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>the register was written by a newer KySo (schema %1)</source>
        <translation>sổ theo dõi do phiên bản KySo mới hơn ghi (lược đồ %1)</translation>
    </message>
    <message>
        <source>no request with number %1</source>
        <translation>không có đề nghị số %1</translation>
    </message>
    <message>
        <source>chain entries %1 to %2 are missing</source>
        <translation>thiếu các mắt xích từ %1 đến %2</translation>
    </message>
    <message>
        <source>chain entry %1 names an unknown table</source>
        <translation>mắt xích %1 trỏ tới bảng không xác định</translation>
    </message>
    <message>
        <source>%1 row %2 was deleted</source>
        <translation>%1 dòng %2 đã bị xóa</translation>
    </message>
    <message>
        <source>%1 row %2 was changed</source>
        <translation>%1 dòng %2 đã bị sửa</translation>
    </message>
    <message>
        <source>%1 has rows outside the chain</source>
        <translation>%1 có dòng nằm ngoài chuỗi băm</translation>
    </message>
    <message>
        <source>the end of the register does not match its recorded head (rows cut off?)</source>
        <translation>phần cuối sổ không khớp với đầu chuỗi đã lưu (có dòng bị cắt bỏ?)</translation>
    </message>
    <message>
        <source>the register head file is missing</source>
        <translation>thiếu tệp đầu chuỗi của sổ</translation>
    </message>
    <message>
        <source>meta says schema %1, the hash chain records schema %2</source>
        <translation>bảng meta ghi lược đồ %1, chuỗi băm ghi lược đồ %2</translation>
    </message>
    <message>
        <source>chain entry %1 has an unexpected encoding</source>
        <translation>mục %1 của chuỗi băm có cách mã hóa không hợp lệ</translation>
    </message>
    <message>
        <source>the schema version in meta (%1) is not the one recorded in the chain (%2)</source>
        <translation>phiên bản lược đồ trong meta (%1) khác với phiên bản ghi trong chuỗi băm (%2)</translation>
    </message>
    <message>
        <source>the register is empty, but this data folder held a register before</source>
        <translation>sổ theo dõi trống, nhưng thư mục dữ liệu này đã từng có sổ theo dõi</translation>
    </message>
    <message>
        <source>the register head file is unreadable</source>
        <translation>không đọc được tệp đầu chuỗi (head) của sổ theo dõi</translation>
    </message>
    <message>
        <source>the last write was interrupted before the head file was updated; the next write updates it</source>
        <translation>lần ghi cuối bị ngắt trước khi tệp đầu chuỗi được cập nhật; lần ghi tới sẽ cập nhật nó</translation>
    </message>
    <message>
        <source>the register database is missing, but this data folder held one (%1)</source>
        <translation>thiếu cơ sở dữ liệu sổ theo dõi, nhưng thư mục dữ liệu này đã từng có (%1)</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>The signing register: list, export, verify, report, reconcile.</source>
        <translation>Sổ theo dõi ký số: liệt kê, xuất, kiểm tra, báo cáo, đối soát.</translation>
    </message>
    <message>
        <source>Only this signer (part of the name).</source>
        <translation>Chỉ người ký này (một phần họ tên).</translation>
    </message>
    <message>
        <source>From this day (YYYY-MM-DD).</source>
        <translation>Từ ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>To this day (YYYY-MM-DD).</source>
        <translation>Đến ngày (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>Chỉ vai trò ký này.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In dạng JSON.</translation>
    </message>
    <message>
        <source>export: write CSV to this file.</source>
        <translation>export: ghi tệp CSV này.</translation>
    </message>
    <message>
        <source>dates are written YYYY-MM-DD</source>
        <translation>ngày viết theo dạng YYYY-MM-DD</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted signing(s) reconciled</source>
        <translation>
            <numerusform>đã đối soát %n lần ký bị gián đoạn</numerusform>
        </translation>
    </message>
    <message>
        <source>export needs --csv FILE</source>
        <translation>export cần --csv TỆP</translation>
    </message>
    <message numerus="yes">
        <source>Register intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Sổ theo dõi toàn vẹn: %n mục, chuỗi băm hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>BỊ CAN THIỆP: %1</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>thao tác không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Signing profiles: set, list, show, remove.</source>
        <translation>Hồ sơ ký: set, list, show, remove.</translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation>Tên hồ sơ ký.</translation>
    </message>
    <message>
        <source>a profile name is required</source>
        <translation>cần tên hồ sơ ký</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Lưu ý: %1</translation>
    </message>
    <message>
        <source>No register on this computer yet (nothing was signed here).</source>
        <translation>Máy này chưa có sổ theo dõi (chưa ký văn bản nào tại đây).</translation>
    </message>
    <message>
        <source>--year takes a year such as 2026</source>
        <translation>--year nhận một năm, ví dụ 2026</translation>
    </message>
    <message>
        <source>outgoing: the book of this year (default: this year).</source>
        <translation>outgoing: sổ của năm này (mặc định: năm nay).</translation>
    </message>
    <message>
        <source>outgoing: write the book as a printable PDF (A4 landscape).</source>
        <translation>outgoing: ghi sổ ra tệp PDF để in (A4 khổ ngang).</translation>
    </message>
    <message>
        <source>the signing register: list, export, verify, report, events</source>
        <translation>sổ theo dõi ký số: liệt kê, xuất, kiểm tra, báo cáo, sự kiện</translation>
    </message>
    <message>
        <source>signing profiles: set, list, show, remove</source>
        <translation>hồ sơ ký: set, list, show, remove</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time (Vietnam)</source>
        <translation>Thời gian (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Số hiệu chứng thư số</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Tổ chức cấp</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Số hiệu token</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>SHA-256 before signing</source>
        <translation>SHA-256 trước khi ký</translation>
    </message>
    <message>
        <source>Signed file</source>
        <translation>Tệp đã ký</translation>
    </message>
    <message>
        <source>SHA-256 after signing</source>
        <translation>SHA-256 sau khi ký</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không ký được</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>Đang ký hoặc bị gián đoạn</translation>
    </message>
</context>
<context>
    <name>ReleaseStep</name>
    <message>
        <source>no &quot;Số:      /…&quot; line in the header</source>
        <translation>phần đầu văn bản không có dòng &quot;Số:      /…&quot;</translation>
    </message>
    <message>
        <source>no &quot;ngày … tháng … năm&quot; line in the header</source>
        <translation>phần đầu văn bản không có dòng &quot;ngày … tháng … năm&quot;</translation>
    </message>
    <message>
        <source>the blank for &quot;%1&quot; is %2 pt wide, the text needs %3 pt</source>
        <translation>chỗ trống cho &quot;%1&quot; rộng %2 pt, cần %3 pt</translation>
    </message>
    <message>
        <source>--number takes a positive whole number or &quot;next&quot;</source>
        <translation>--number nhận một số nguyên dương hoặc &quot;next&quot;</translation>
    </message>
    <message>
        <source>number %1 in %2 (next free: %3)</source>
        <translation>số %1 năm %2 (số trống tiếp theo: %3)</translation>
    </message>
    <message>
        <source>release date %1, the draft says năm %2</source>
        <translation>ngày phát hành %1, dự thảo ghi năm %2</translation>
    </message>
    <message>
        <source>the header names &quot;%1&quot;, the certificate &quot;%2&quot;</source>
        <translation>phần đầu văn bản ghi &quot;%1&quot;, chứng thư số ghi &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>RevisionAnalysis</name>
    <message>
        <source>no change after this signature</source>
        <translation>không có thay đổi nào sau chữ ký này</translation>
    </message>
    <message>
        <source>only signatures and validation data were added</source>
        <translation>chỉ thêm chữ ký và dữ liệu kiểm tra hiệu lực</translation>
    </message>
    <message>
        <source>form fields were filled in</source>
        <translation>các trường biểu mẫu đã được điền</translation>
    </message>
    <message>
        <source>annotations were added, changed or removed</source>
        <translation>chú thích đã được thêm, sửa hoặc xóa</translation>
    </message>
    <message>
        <source>the document itself was changed</source>
        <translation>chính nội dung văn bản đã bị thay đổi</translation>
    </message>
    <message>
        <source>page %1: </source>
        <translation>trang %1: </translation>
    </message>
    <message>
        <source>the page content was changed after signing</source>
        <translation>nội dung trang bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>the page resources (fonts, images) were changed after signing</source>
        <translation>tài nguyên của trang (phông chữ, hình ảnh) bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>the page size or rotation was changed after signing%1</source>
        <translation>kích thước hoặc hướng xoay của trang bị thay đổi sau khi ký%1</translation>
    </message>
    <message>
        <source>the page was changed after signing%1</source>
        <translation>trang bị thay đổi sau khi ký%1</translation>
    </message>
    <message>
        <source>pages were added, removed or reordered after signing</source>
        <translation>trang đã bị thêm, xóa hoặc đổi thứ tự sau khi ký</translation>
    </message>
    <message>
        <source>an annotation was added after signing%1</source>
        <translation>một chú thích đã được thêm sau khi ký%1</translation>
    </message>
    <message>
        <source>an annotation was changed after signing%1</source>
        <translation>một chú thích đã bị sửa sau khi ký%1</translation>
    </message>
    <message>
        <source>an annotation was removed after signing%1</source>
        <translation>một chú thích đã bị xóa sau khi ký%1</translation>
    </message>
    <message>
        <source>a form field was filled in after signing%1</source>
        <translation>một trường biểu mẫu đã được điền sau khi ký%1</translation>
    </message>
    <message>
        <source>a form field was added after signing%1</source>
        <translation>một trường biểu mẫu đã được thêm sau khi ký%1</translation>
    </message>
    <message>
        <source>a form field was removed after signing%1</source>
        <translation>một trường biểu mẫu đã bị xóa sau khi ký%1</translation>
    </message>
    <message>
        <source>the properties of a form field were changed after signing%1</source>
        <translation>thuộc tính của một trường biểu mẫu bị thay đổi sau khi ký%1</translation>
    </message>
    <message>
        <source>an existing signature or its appearance was changed after signing%1</source>
        <translation>một chữ ký đã có hoặc hình hiển thị của nó bị thay đổi sau khi ký%1</translation>
    </message>
    <message>
        <source>an existing signature was removed after signing%1</source>
        <translation>một chữ ký đã có bị xóa sau khi ký%1</translation>
    </message>
    <message>
        <source>an action or script was added after signing%1</source>
        <translation>một hành động hoặc mã lệnh đã được thêm sau khi ký%1</translation>
    </message>
    <message>
        <source>a document-level entry was changed after signing%1</source>
        <translation>một mục cấp văn bản bị thay đổi sau khi ký%1</translation>
    </message>
    <message>
        <source>an object of the signed document was removed or hidden by a later cross-reference table%1</source>
        <translation>một đối tượng của văn bản đã ký bị xóa hoặc bị che bởi bảng tham chiếu chéo thêm sau%1</translation>
    </message>
    <message>
        <source>encryption was added after signing</source>
        <translation>văn bản bị mã hóa sau khi ký</translation>
    </message>
    <message>
        <source>a later revision cannot be read%1</source>
        <translation>không đọc được một phiên bản thêm sau%1</translation>
    </message>
    <message>
        <source>an object of the signed document was redefined with different content%1</source>
        <translation>một đối tượng của văn bản đã ký bị định nghĩa lại với nội dung khác%1</translation>
    </message>
</context>
<context>
    <name>Revocation</name>
    <message>
        <source>the certificate names no OCSP responder or CRL</source>
        <translation>chứng thư số không ghi máy chủ OCSP hay CRL nào</translation>
    </message>
    <message>
        <source>no revocation data for this certificate</source>
        <translation>không có dữ liệu thu hồi cho chứng thư số này</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is missing</source>
        <translation>thiếu chứng thư số của máy chủ OCSP</translation>
    </message>
    <message>
        <source>the responder&apos;s signature does not verify</source>
        <translation>chữ ký của máy chủ OCSP không hợp lệ</translation>
    </message>
    <message>
        <source>the responder &quot;%1&quot; was not authorised by the issuer</source>
        <translation>máy chủ OCSP &quot;%1&quot; không được tổ chức cấp chứng thư ủy quyền</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate lacks id-kp-OCSPSigning</source>
        <translation>chứng thư số của máy chủ OCSP thiếu mục đích id-kp-OCSPSigning</translation>
    </message>
    <message>
        <source>the responder&apos;s certificate is not valid now</source>
        <translation>chứng thư số của máy chủ OCSP hiện không còn hiệu lực</translation>
    </message>
    <message>
        <source>the answer is out of date (nextUpdate has passed)</source>
        <translation>phản hồi đã hết hạn (đã qua nextUpdate)</translation>
    </message>
    <message>
        <source>the answer&apos;s thisUpdate/nextUpdate do not hold now</source>
        <translation>thời gian thisUpdate/nextUpdate của phản hồi không phù hợp với hiện tại</translation>
    </message>
    <message>
        <source>the answer&apos;s thisUpdate lies in the future</source>
        <translation>thời gian thisUpdate của phản hồi nằm ở tương lai</translation>
    </message>
    <message>
        <source>OCSP response unusable</source>
        <translation>không dùng được phản hồi OCSP</translation>
    </message>
    <message>
        <source>certificate not in the OCSP response</source>
        <translation>phản hồi OCSP không nói về chứng thư này</translation>
    </message>
    <message>
        <source>the nonce does not match the request</source>
        <translation>giá trị nonce không khớp với yêu cầu</translation>
    </message>
    <message>
        <source>unauthenticated OCSP answer: %1</source>
        <translation>phản hồi OCSP không xác thực được: %1</translation>
    </message>
    <message>
        <source>the OCSP responder does not know the certificate</source>
        <translation>máy chủ OCSP không biết chứng thư này</translation>
    </message>
    <message>
        <source>CRL unusable</source>
        <translation>không dùng được CRL</translation>
    </message>
    <message>
        <source>CRL signature invalid</source>
        <translation>chữ ký của CRL không hợp lệ</translation>
    </message>
    <message>
        <source>the CRL&apos;s thisUpdate lies in the future</source>
        <translation>thời gian thisUpdate của CRL nằm ở tương lai</translation>
    </message>
    <message>
        <source>the CRL is out of date (nextUpdate has passed)</source>
        <translation>CRL đã hết hạn (đã qua nextUpdate)</translation>
    </message>
    <message>
        <source>issuer certificate not available</source>
        <translation>không có chứng thư của tổ chức cấp</translation>
    </message>
    <message>
        <source>no answer within the %1 s allowed for this operation</source>
        <translation>không có phản hồi trong %1 giây dành cho thao tác này</translation>
    </message>
</context>
<context>
    <name>SignCommand</name>
    <message>
        <source>Sign although an authority rule refuses (IT-approved exception); the reason is recorded.</source>
        <translation>Ký dù quy tắc thẩm quyền từ chối (ngoại lệ được bộ phận CNTT chấp thuận); lý do được ghi lại.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <source>Attachment: the main document, sealed by the same agency.</source>
        <translation>Phụ lục: văn bản chính, đã được chính cơ quan này ký số.</translation>
    </message>
    <message>
        <source>--override-authority needs the reason of the exception</source>
        <translation>--override-authority cần lý do của ngoại lệ</translation>
    </message>
    <message>
        <source>Sign a PDF with a certificate on a PKCS#11 token (PAdES B-B, visible).</source>
        <translation>Ký số tệp PDF bằng chứng thư số trên token PKCS#11 (PAdES B-B, có hình hiển thị).</translation>
    </message>
    <message>
        <source>Signed file (default: NAME_signed.pdf next to the input).</source>
        <translation>Tệp đã ký (mặc định: TÊN_signed.pdf cạnh tệp gốc).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Overwrite the output file if it exists.</source>
        <translation>Ghi đè tệp kết quả nếu đã có.</translation>
    </message>
    <message>
        <source>PKCS#11 module (default: $KYSO_PKCS11_MODULE, settings, p11-kit-proxy).</source>
        <translation>Thư viện PKCS#11 (mặc định: $KYSO_PKCS11_MODULE, cài đặt, p11-kit-proxy).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường-dẫn</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>Certificate ID on the token (hex).</source>
        <translation>Mã định danh (ID) của chứng thư trên token (hệ 16).</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Read the PIN from the first line of standard input.</source>
        <translation>Đọc mã PIN từ dòng đầu tiên của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Read the PIN from this environment variable.</source>
        <translation>Đọc mã PIN từ biến môi trường này.</translation>
    </message>
    <message>
        <source>var</source>
        <translation>biến</translation>
    </message>
    <message>
        <source>Allow login when the token reports the final PIN attempt.</source>
        <translation>Cho phép đăng nhập khi token báo là lần thử PIN cuối cùng.</translation>
    </message>
    <message>
        <source>Page for the visible signature (number or &apos;last&apos;).</source>
        <translation>Trang đặt chữ ký hiển thị (số trang hoặc &apos;last&apos;).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Signature box in PDF points from the bottom-left corner.</source>
        <translation>Khung chữ ký theo điểm PDF, tính từ góc dưới bên trái.</translation>
    </message>
    <message>
        <source>Signature or seal image (PNG with transparency, or JPEG).</source>
        <translation>Ảnh chữ ký hoặc con dấu (PNG nền trong suốt, hoặc JPEG).</translation>
    </message>
    <message>
        <source>Reason for signing.</source>
        <translation>Lý do ký.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội-dung</translation>
    </message>
    <message>
        <source>Place of signing.</source>
        <translation>Nơi ký.</translation>
    </message>
    <message>
        <source>--pin-stdin and --pin-env exclude each other</source>
        <translation>không dùng đồng thời --pin-stdin và --pin-env</translation>
    </message>
    <message>
        <source>--page takes a page number or &apos;last&apos;</source>
        <translation>--page nhận số trang hoặc &apos;last&apos;</translation>
    </message>
    <message>
        <source>--rect takes x,y,w,h in points</source>
        <translation>--rect nhận x,y,w,h theo điểm</translation>
    </message>
    <message>
        <source>--cert-id takes hexadecimal digits</source>
        <translation>--cert-id nhận chữ số hệ 16</translation>
    </message>
    <message>
        <source>Signed: %1 (signer %2, page %3, field %4)</source>
        <translation>Đã ký: %1 (người ký %2, trang %3, trường %4)</translation>
    </message>
    <message>
        <source>Token label or serial number.</source>
        <translation>Nhãn hoặc số sê-ri của token.</translation>
    </message>
    <message>
        <source>--capacity takes KT., TM., TL., TUQ., Q. or none</source>
        <translation>--capacity nhận KT., TM., TL., TUQ., Q. hoặc none</translation>
    </message>
    <message>
        <source>--role takes personal, agency, attachment or copy</source>
        <translation>--role nhận personal, agency, attachment hoặc copy</translation>
    </message>
    <message>
        <source>Signing profile from the settings (token, certificate, title, image, role).</source>
        <translation>Hồ sơ ký trong cài đặt (token, chứng thư số, chức vụ, ảnh, vai trò).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>personal | agency | attachment | copy (default: personal, or the profile&apos;s).</source>
        <translation>personal | agency | attachment | copy (mặc định: personal, hoặc theo hồ sơ ký).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai-trò</translation>
    </message>
    <message>
        <source>Add the signer and time as text to the image.</source>
        <translation>Thêm tên người ký và thời gian dạng chữ vào ảnh.</translation>
    </message>
    <message>
        <source>Show only the image, no text (the default with an image).</source>
        <translation>Chỉ hiện ảnh, không có chữ (mặc định khi có ảnh).</translation>
    </message>
    <message>
        <source>Number and symbol of the document (attachment stamp).</source>
        <translation>Số và ký hiệu văn bản (dấu ký văn bản kèm theo).</translation>
    </message>
    <message>
        <source>SAO Y, SAO LỤC or TRÍCH SAO (copy stamp).</source>
        <translation>SAO Y, SAO LỤC hoặc TRÍCH SAO (dấu ký bản sao).</translation>
    </message>
    <message>
        <source>Name printed under the signature block (default: certificate name).</source>
        <translation>Họ tên in dưới khối chữ ký (mặc định: tên trong chứng thư số).</translation>
    </message>
    <message>
        <source>Title of the signer (recorded; helps find the block).</source>
        <translation>Chức vụ người ký (được ghi sổ; giúp tìm khối chữ ký).</translation>
    </message>
    <message>
        <source>Signing capacity: KT., TM., TL., TUQ., Q. or none.</source>
        <translation>Thẩm quyền ký: KT., TM., TL., TUQ., Q. hoặc none.</translation>
    </message>
    <message>
        <source>Agency name (recorded; printed on copies).</source>
        <translation>Tên cơ quan (được ghi sổ; in trên bản sao).</translation>
    </message>
    <message>
        <source>Real diameter of the seal in mm.</source>
        <translation>Đường kính thật của con dấu (mm).</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for checking the signatures already in the file.</source>
        <translation>Chứng thư gốc tin cậy (PEM) để kiểm tra các chữ ký đã có trong tệp.</translation>
    </message>
    <message>
        <source>Make a certification signature allowing: 1 no changes, 2 form filling and signing, 3 also annotations.</source>
        <translation>Ký chứng nhận, cho phép: 1 không thay đổi, 2 điền biểu mẫu và ký, 3 thêm cả chú thích.</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;</source>
        <translation>không có hồ sơ ký tên &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seal-diameter takes a size in mm between 5 and 80</source>
        <translation>--seal-diameter nhận kích thước từ 5 đến 80 mm</translation>
    </message>
    <message>
        <source>--certify takes 1, 2 or 3</source>
        <translation>--certify nhận 1, 2 hoặc 3</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <source>RFC 3161 time-stamp server (PAdES B-T); default: the tsa/url setting.</source>
        <translation>Máy chủ dấu thời gian RFC 3161 (PAdES B-T); mặc định: cài đặt tsa/url.</translation>
    </message>
    <message>
        <source>If the time-stamp server fails, sign without a time-stamp (with a warning).</source>
        <translation>Nếu máy chủ dấu thời gian lỗi, vẫn ký không có dấu thời gian (kèm cảnh báo).</translation>
    </message>
    <message>
        <source>Do not time-stamp even if a server is configured.</source>
        <translation>Không gắn dấu thời gian dù đã cấu hình máy chủ.</translation>
    </message>
    <message>
        <source>signed without a time-stamp: %1</source>
        <translation>đã ký nhưng không có dấu thời gian: %1</translation>
    </message>
    <message>
        <source>Embed the certificates and OCSP/CRL answers in a DSS (PAdES B-LT).</source>
        <translation>Nhúng chứng thư số và phản hồi OCSP/CRL vào DSS (PAdES B-LT).</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) to complete the certificate chain with; repeatable.</source>
        <translation>Chứng thư CA trung gian (PEM) để hoàn thiện chuỗi chứng thư; dùng được nhiều lần.</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for the time-stamp authority (default: the tsa/trust setting, else the trust anchors).</source>
        <translation>Chứng thư gốc tin cậy (PEM) cho tổ chức cấp dấu thời gian (mặc định: cài đặt tsa/trust, nếu không có thì dùng chứng thư gốc tin cậy).</translation>
    </message>
    <message>
        <source>Release (agency role): the document number to write after &quot;Số:&quot;, or &quot;next&quot; for the next free one in the outgoing book.</source>
        <translation>Phát hành (vai trò cơ quan): số văn bản điền sau &quot;Số:&quot;, hoặc &quot;next&quot; để lấy số trống tiếp theo trong sổ văn bản đi.</translation>
    </message>
    <message>
        <source>n|next</source>
        <translation>n|next</translation>
    </message>
    <message>
        <source>Release: the document date to write into the date line (default: today, +07:00).</source>
        <translation>Phát hành: ngày tháng văn bản điền vào dòng ngày tháng (mặc định: hôm nay, +07:00).</translation>
    </message>
    <message>
        <source>--date goes with --number</source>
        <translation>--date chỉ dùng cùng --number</translation>
    </message>
    <message>
        <source>--date takes a date as YYYY-MM-DD</source>
        <translation>--date nhận ngày dạng YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Released: Số %1, ngày %2 (outgoing book %3)</source>
        <translation>Đã phát hành: Số %1, ngày %2 (sổ văn bản đi năm %3)</translation>
    </message>
    <message>
        <source>PDF file(s) to sign; a folder gives its PDF files</source>
        <translation>Các tệp PDF cần ký; một thư mục cho các tệp PDF trong đó</translation>
    </message>
    <message>
        <source>Batch: write NAME_signed.pdf of every input into this folder (one login, one PIN).</source>
        <translation>Ký theo lô: ghi TÊN_signed.pdf của mỗi tệp vào thư mục này (đăng nhập một lần, một mã PIN).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>thư mục</translation>
    </message>
    <message>
        <source>Batch: print the per-file results as JSON.</source>
        <translation>Ký theo lô: in kết quả từng tệp dạng JSON.</translation>
    </message>
    <message>
        <source>at least one input file is required</source>
        <translation>cần ít nhất một tệp đầu vào</translation>
    </message>
    <message>
        <source>-o names one output; for several files use --output-dir</source>
        <translation>-o chỉ đặt tên một tệp kết quả; với nhiều tệp hãy dùng --output-dir</translation>
    </message>
    <message>
        <source>--number releases one document at a time</source>
        <translation>--number chỉ cấp số cho một văn bản mỗi lần</translation>
    </message>
    <message>
        <source>sign a PDF with a token certificate</source>
        <translation>ký số tệp PDF bằng chứng thư số trên token</translation>
    </message>
</context>
<context>
    <name>SignController</name>
    <message>
        <source>not signed: the batch stopped at an earlier error</source>
        <translation>chưa ký: lượt ký dừng lại do lỗi ở tệp trước</translation>
    </message>
    <message>
        <source>Số %1, ngày %2</source>
        <translation>Số %1, ngày %2</translation>
    </message>
    <message>
        <source>no signature box was drawn for this file (it has no standard signature block): press Place signature, draw the box on the page, then sign</source>
        <translation>chưa vẽ khung chữ ký cho tệp này (tệp không có khối chữ ký chuẩn): hãy bấm Đặt vị trí chữ ký, vẽ khung trên trang rồi ký</translation>
    </message>
    <message>
        <source>not signed: signing was stopped before this file</source>
        <translation>chưa ký: việc ký đã được dừng trước tệp này</translation>
    </message>
</context>
<context>
    <name>SignatureVerifier</name>
    <message>
        <source>the signature value is not a CMS SignedData structure</source>
        <translation>giá trị chữ ký không phải cấu trúc CMS SignedData</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>chữ ký không chứa chứng thư số của người ký</translation>
    </message>
    <message>
        <source>signature without signed attributes or with an unknown digest algorithm</source>
        <translation>chữ ký không có thuộc tính được ký hoặc dùng thuật toán băm không hỗ trợ</translation>
    </message>
    <message>
        <source>the signed byte range lies outside the file</source>
        <translation>vùng dữ liệu được ký nằm ngoài tệp</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>nội dung đã bị thay đổi sau khi ký</translation>
    </message>
    <message>
        <source>the signature value does not match the signed attributes</source>
        <translation>giá trị chữ ký không khớp với các thuộc tính được ký</translation>
    </message>
    <message>
        <source>no trust anchor configured</source>
        <translation>chưa cấu hình chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>không có chứng thư số nào trong %1</translation>
    </message>
    <message>
        <source>missing or invalid /ByteRange</source>
        <translation>thiếu hoặc sai /ByteRange</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities</source>
        <translation>chưa có chứng thư gốc tin cậy cho tổ chức cấp dấu thời gian</translation>
    </message>
    <message>
        <source>the signature object cannot be read (%1)</source>
        <translation>không đọc được đối tượng chữ ký (%1)</translation>
    </message>
</context>
<context>
    <name>SigningPolicy</name>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 đã hết hạn từ %2</translation>
    </message>
    <message>
        <source>%1 is valid from %2</source>
        <translation>%1 có hiệu lực từ %2</translation>
    </message>
    <message>
        <source>certified by %1 with no changes allowed</source>
        <translation>đã được %1 ký chứng nhận, không cho phép thay đổi</translation>
    </message>
    <message>
        <source>%1 is a personal certificate; the %2 needs the agency certificate</source>
        <translation>%1 là chứng thư số cá nhân; %2 cần chứng thư số của cơ quan</translation>
    </message>
    <message>
        <source>%1 is an agency certificate; the %2 needs a personal certificate</source>
        <translation>%1 là chứng thư số của cơ quan; %2 cần chứng thư số cá nhân</translation>
    </message>
    <message>
        <source>This certificate has already signed the document.</source>
        <translation>Chứng thư số này đã ký văn bản này.</translation>
    </message>
</context>
<context>
    <name>SigningRole</name>
    <message>
        <source>personal signature of the competent person</source>
        <translation>chữ ký số của người có thẩm quyền</translation>
    </message>
    <message>
        <source>agency signature (seal)</source>
        <translation>chữ ký số của cơ quan (con dấu)</translation>
    </message>
    <message>
        <source>agency signature on an attachment</source>
        <translation>chữ ký số của cơ quan trên văn bản kèm theo</translation>
    </message>
    <message>
        <source>agency signature on an electronic copy</source>
        <translation>chữ ký số của cơ quan trên bản sao điện tử</translation>
    </message>
</context>
<context>
    <name>SigningService</name>
    <message>
        <source>the document claims PDF/A-%1, which forbids transparency: with this transparent image the signed file no longer conforms to PDF/A-1 (a JPEG or a PNG without transparency keeps it)</source>
        <translation>tài liệu ghi là PDF/A-%1, chuẩn không cho phép độ trong suốt: với ảnh trong suốt này, tệp đã ký không còn phù hợp PDF/A-1 (dùng ảnh JPEG hoặc PNG không trong suốt để giữ chuẩn)</translation>
    </message>
    <message>
        <source>a copy needs --copy-form &quot;SAO Y&quot;, &quot;SAO LỤC&quot; or &quot;TRÍCH SAO&quot;</source>
        <translation>bản sao cần --copy-form &quot;SAO Y&quot;, &quot;SAO LỤC&quot; hoặc &quot;TRÍCH SAO&quot;</translation>
    </message>
    <message>
        <source>an attachment needs --doc-number</source>
        <translation>văn bản kèm theo cần --doc-number</translation>
    </message>
    <message>
        <source>looked for &quot;%1&quot; on page %2</source>
        <translation>đã tìm &quot;%1&quot; ở trang %2</translation>
    </message>
    <message>
        <source>no visible personal signature to place the seal on</source>
        <translation>không có chữ ký cá nhân hiển thị để đóng dấu lên</translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <translation>đã bị thu hồi lúc %1 (%2)</translation>
    </message>
    <message>
        <source>no revocation data for the long-term signature: %1</source>
        <translation>không lấy được dữ liệu thu hồi cho chữ ký dài hạn: %1</translation>
    </message>
    <message>
        <source>the revocation status could not be checked: %1</source>
        <translation>không kiểm tra được tình trạng thu hồi: %1</translation>
    </message>
    <message>
        <source>a long-term signature (--ltv, PAdES B-LT) needs a time-stamp: give --tsa URL or set tsa/url</source>
        <translation>chữ ký dài hạn (--ltv, PAdES B-LT) cần dấu thời gian: hãy dùng --tsa URL hoặc đặt tsa/url</translation>
    </message>
    <message>
        <source>--ltv needs the time-stamp and cannot be combined with --tsa-optional</source>
        <translation>--ltv cần dấu thời gian nên không dùng cùng --tsa-optional</translation>
    </message>
    <message>
        <source>the certificate chain does not reach a trust anchor: %1</source>
        <translation>chuỗi chứng thư không dẫn tới chứng thư gốc tin cậy: %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s certificate was not found</source>
        <translation>không tìm thấy chứng thư của tổ chức cấp</translation>
    </message>
    <message>
        <source>revocation answer not trusted and ignored: %1</source>
        <translation>phản hồi về tình trạng thu hồi không tin cậy, đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>not trusted and ignored: %1</source>
        <translation>không tin cậy, đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>a number and date are given at release, with the agency signature (--role agency)</source>
        <translation>số và ngày tháng chỉ được cấp khi phát hành, cùng chữ ký số của cơ quan (--role agency)</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>the answer is not a time-stamp response</source>
        <translation>phản hồi không phải là dấu thời gian</translation>
    </message>
    <message>
        <source>the time-stamp authority refused the request</source>
        <translation>máy chủ dấu thời gian từ chối yêu cầu</translation>
    </message>
    <message>
        <source>the time-stamp does not match the request</source>
        <translation>dấu thời gian không khớp với yêu cầu</translation>
    </message>
    <message>
        <source>unreadable time-stamp token</source>
        <translation>không đọc được dấu thời gian</translation>
    </message>
    <message>
        <source>the token does not carry its TSA certificate</source>
        <translation>dấu thời gian không kèm chứng thư số của tổ chức cấp</translation>
    </message>
    <message>
        <source>the TSA certificate lacks the critical timeStamping key usage</source>
        <translation>chứng thư số của tổ chức cấp dấu thời gian thiếu mục đích timeStamping (critical)</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities is configured (--tsa-trust)</source>
        <translation>chưa cấu hình chứng thư gốc tin cậy cho tổ chức cấp dấu thời gian (--tsa-trust)</translation>
    </message>
    <message>
        <source>the TSA &quot;%1&quot; is not trusted: %2</source>
        <translation>tổ chức cấp dấu thời gian &quot;%1&quot; không được tin cậy: %2</translation>
    </message>
    <message>
        <source>the time-stamp&apos;s signature or imprint does not verify</source>
        <translation>chữ ký hoặc giá trị băm của dấu thời gian không hợp lệ</translation>
    </message>
    <message>
        <source>the time-stamped bytes cannot be read</source>
        <translation>không đọc được phần nội dung được gắn dấu thời gian</translation>
    </message>
    <message>
        <source>the time-stamped content was changed</source>
        <translation>nội dung được gắn dấu thời gian đã bị thay đổi</translation>
    </message>
    <message>
        <source>no trust anchor for time-stamp authorities</source>
        <translation>chưa có chứng thư gốc tin cậy cho tổ chức cấp dấu thời gian</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>The PIN is locked. To unlock it the managing agency sends a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology, which handles it within 1 working day. Attach: token serial %1, certificate holder, agency. Do not try more PINs.</source>
        <translation>Mã PIN đã bị khóa. Để mở khóa, cơ quan quản lý thuê bao gửi văn bản đề nghị theo Mẫu 06 tới Sở Khoa học và Công nghệ tỉnh; Sở giải quyết trong 01 ngày làm việc. Ghi rõ: số sê-ri token %1, người được cấp chứng thư, cơ quan. Không thử thêm mã PIN.</translation>
    </message>
    <message>
        <source>Token &quot;%1&quot; (serial %2, slot %3)</source>
        <translation>Token &quot;%1&quot; (sê-ri %2, khe %3)</translation>
    </message>
    <message>
        <source>Maker/model: %1 %2, firmware %3</source>
        <translation>Hãng/kiểu: %1 %2, phần sụn %3</translation>
    </message>
    <message>
        <source>PIN state: %1</source>
        <translation>Trạng thái PIN: %1</translation>
    </message>
    <message>
        <source>Signing mechanisms: %1</source>
        <translation>Cơ chế ký: %1</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Tổ chức cấp: %1</translation>
    </message>
    <message>
        <source>EXPIRED on %1</source>
        <translation>ĐÃ HẾT HẠN từ %1</translation>
    </message>
    <message>
        <source>Valid until %1 (%2 days left)</source>
        <translation>Hiệu lực đến %1 (còn %2 ngày)</translation>
    </message>
    <message>
        <source>Key: %1 %2 bit; usage: %3</source>
        <translation>Khóa: %1 %2 bit; mục đích: %3</translation>
    </message>
    <message>
        <source>Token checks for IT staff: list, status, certs, change-pin.</source>
        <translation>Kiểm tra token cho cán bộ CNTT: list, status, certs, change-pin.</translation>
    </message>
    <message>
        <source>PKCS#11 module (default: every known module).</source>
        <translation>Thư viện PKCS#11 (mặc định: mọi thư viện đã biết).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>đường-dẫn</translation>
    </message>
    <message>
        <source>Token label or serial number.</source>
        <translation>Nhãn hoặc số sê-ri của token.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>In dạng JSON.</translation>
    </message>
    <message>
        <source>change-pin: read the old and the new PIN from two lines of standard input.</source>
        <translation>change-pin: đọc mã PIN cũ và mã PIN mới từ hai dòng của đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Allow the final PIN attempt.</source>
        <translation>Cho phép dùng lần thử PIN cuối cùng.</translation>
    </message>
    <message>
        <source>PIN of token &quot;%1&quot; changed.</source>
        <translation>Đã đổi mã PIN của token &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;</source>
        <translation>thao tác không hợp lệ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Module %1: not installed</source>
        <translation>Thư viện %1: chưa cài đặt</translation>
    </message>
    <message>
        <source>Module %1: cannot be loaded: %2</source>
        <translation>Thư viện %1: không nạp được: %2</translation>
    </message>
    <message numerus="yes">
        <source>Module %1: %n token(s)</source>
        <translation>
            <numerusform>Thư viện %1: %n token</numerusform>
        </translation>
    </message>
    <message>
        <source>list | status | certs | change-pin | set-kind</source>
        <translation>list | status | certs | change-pin | set-kind</translation>
    </message>
    <message>
        <source>set-kind: SHA-256 fingerprint of the certificate (from certs --json).</source>
        <translation>set-kind: dấu vân tay SHA-256 của chứng thư số (lấy từ certs --json).</translation>
    </message>
    <message>
        <source>set-kind: personal or agency.</source>
        <translation>set-kind: personal (cá nhân) hoặc agency (cơ quan).</translation>
    </message>
    <message>
        <source>set-kind needs --sha256 (64 hex digits) and --kind personal|agency</source>
        <translation>set-kind cần --sha256 (64 chữ số hệ 16) và --kind personal|agency</translation>
    </message>
    <message>
        <source>Certificate %1 marked as %2.</source>
        <translation>Đã đánh dấu chứng thư số %1 là %2.</translation>
    </message>
    <message>
        <source>list tokens, PIN state and certificates; change the PIN</source>
        <translation>liệt kê token, trạng thái PIN và chứng thư số; đổi mã PIN</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>token &quot;%1&quot; not found</source>
        <translation>không tìm thấy token &quot;%1&quot;</translation>
    </message>
    <message>
        <source>tokens present: %1</source>
        <translation>các token đang cắm: %1</translation>
    </message>
    <message>
        <source>several certificates, choose one by its ID: %1</source>
        <translation>có nhiều chứng thư số, hãy chọn một theo ID: %1</translation>
    </message>
    <message>
        <source>no certificate with ID %1; present: %2</source>
        <translation>không có chứng thư số ID %1; hiện có: %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 đã hết hạn từ %2</translation>
    </message>
    <message>
        <source>%1 is valid from %2</source>
        <translation>%1 có hiệu lực từ %2</translation>
    </message>
    <message>
        <source>no private key for certificate ID %1</source>
        <translation>không có khóa bí mật cho chứng thư số ID %1</translation>
    </message>
</context>
<context>
    <name>VerificationReport</name>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>intact: the signed content has not been changed</source>
        <translation>toàn vẹn: nội dung được ký không bị thay đổi</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>KHÔNG ĐẠT: %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>chưa kiểm tra: %1</translation>
    </message>
    <message>
        <source>trusted: the certificate chains to a trust anchor</source>
        <translation>tin cậy: chứng thư số dẫn tới chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>NOT trusted: %1</source>
        <translation>KHÔNG tin cậy: %1</translation>
    </message>
    <message>
        <source>NOT trusted: no trust anchor given (use --trust)</source>
        <translation>KHÔNG tin cậy: chưa có chứng thư gốc tin cậy (dùng --trust)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: không đọc được: %2</translation>
    </message>
    <message>
        <source>%1: the document carries no digital signature.</source>
        <translation>%1: văn bản không có chữ ký số nào.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n signature(s)</source>
        <translation>
            <numerusform>%1: %n chữ ký</numerusform>
        </translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Người ký: %1</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Chức vụ, đơn vị: %1</translation>
    </message>
    <message>
        <source>Issued by: %1</source>
        <translation>Tổ chức cấp chứng thư: %1</translation>
    </message>
    <message>
        <source>Signing time (signer&apos;s clock): %1</source>
        <translation>Thời gian ký (theo máy người ký): %1</translation>
    </message>
    <message>
        <source>Coverage: the whole document</source>
        <translation>Phạm vi: toàn bộ văn bản</translation>
    </message>
    <message>
        <source>Coverage: the document up to byte %1 of %2; later additions (such as further signatures) are not covered</source>
        <translation>Phạm vi: văn bản đến byte %1 trên %2; phần bổ sung sau đó (như các chữ ký tiếp theo) không thuộc phạm vi chữ ký này</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Tính toàn vẹn: %1</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Chuỗi chứng thư: %1</translation>
    </message>
    <message>
        <source>Certificate at signing time: valid (%1 to %2)</source>
        <translation>Chứng thư số tại thời điểm ký: còn hiệu lực (%1 đến %2)</translation>
    </message>
    <message>
        <source>Certificate at signing time: NOT valid (%1 to %2)</source>
        <translation>Chứng thư số tại thời điểm ký: KHÔNG còn hiệu lực (%1 đến %2)</translation>
    </message>
    <message>
        <source>Revocation: not checked (warning)</source>
        <translation>Tình trạng thu hồi: chưa kiểm tra (cảnh báo)</translation>
    </message>
    <message>
        <source>Note: the CMS carries a signingTime attribute, which PAdES does not allow</source>
        <translation>Lưu ý: CMS có thuộc tính signingTime, PAdES không cho phép</translation>
    </message>
    <message>
        <source>Result: VALID</source>
        <translation>Kết luận: HỢP LỆ</translation>
    </message>
    <message>
        <source>Result: INVALID</source>
        <translation>Kết luận: KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <source>Time-stamp: %1 by %2 (verified)</source>
        <translation>Dấu thời gian: %1 do %2 cấp (đã kiểm tra)</translation>
    </message>
    <message>
        <source>Time-stamp: NOT valid (%1)</source>
        <translation>Dấu thời gian: KHÔNG hợp lệ (%1)</translation>
    </message>
    <message>
        <source>Revocation: not revoked (%1%2)</source>
        <translation>Tình trạng thu hồi: chưa bị thu hồi (%1%2)</translation>
    </message>
    <message>
        <source>, embedded in the document</source>
        <translation>, dữ liệu nhúng trong văn bản</translation>
    </message>
    <message>
        <source>Revocation: REVOKED on %1 (%2)</source>
        <translation>Tình trạng thu hồi: ĐÃ BỊ THU HỒI lúc %1 (%2)</translation>
    </message>
    <message>
        <source>Revocation answer not trusted and ignored: %1</source>
        <translation>Phản hồi về tình trạng thu hồi không tin cậy, đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Changes after signing: %1 (%2)</source>
        <translation>Thay đổi sau khi ký: %1 (%2)</translation>
    </message>
    <message>
        <source>These changes exceed what the certification (DocMDP P=%1) allows.</source>
        <translation>Các thay đổi này vượt quá mức chữ ký chứng nhận (DocMDP P=%1) cho phép.</translation>
    </message>
    <message>
        <source>The signed document was altered after signing: what is displayed is not what was signed.</source>
        <translation>Văn bản đã bị sửa sau khi ký: nội dung hiển thị không phải nội dung đã ký.</translation>
    </message>
    <message>
        <source>the PDF file is damaged (%1)</source>
        <translation>tệp PDF bị hỏng (%1)</translation>
    </message>
</context>
<context>
    <name>VerificationVerdict</name>
    <message>
        <source>the signature cannot be read</source>
        <translation>không đọc được chữ ký</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>nội dung đã ký bị sửa sau khi ký</translation>
    </message>
    <message>
        <source>the document was changed after signing: what is displayed is not what was signed</source>
        <translation>văn bản bị thay đổi sau khi ký: nội dung hiển thị không phải là nội dung đã ký</translation>
    </message>
    <message>
        <source>the document was changed after signing more than its certification allows</source>
        <translation>văn bản bị thay đổi sau khi ký quá mức chữ ký chứng nhận cho phép</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was revoked</source>
        <translation>chứng thư số của người ký đã bị thu hồi</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate was not valid at the signing time</source>
        <translation>chứng thư số của người ký không còn hiệu lực tại thời điểm ký</translation>
    </message>
    <message>
        <source>no root certificate of a trusted CA is set up in KySo, so no signature can be confirmed (ask IT to set up the CA&apos;s root certificate)</source>
        <translation>KySo chưa được cài chứng thư gốc của tổ chức chứng thực tin cậy nên chưa xác nhận được chữ ký nào (đề nghị cán bộ CNTT cài chứng thư gốc)</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate does not come from a trusted CA</source>
        <translation>chứng thư số của người ký không do tổ chức chứng thực tin cậy cấp</translation>
    </message>
    <message>
        <source>the time-stamp of the signature is not valid</source>
        <translation>dấu thời gian của chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>This file cannot be checked: %1</source>
        <translation>Không kiểm tra được tệp này: %1</translation>
    </message>
    <message>
        <source>Ask the sender for the file again.</source>
        <translation>Đề nghị nơi gửi gửi lại tệp.</translation>
    </message>
    <message>
        <source>This document has no digital signature.</source>
        <translation>Văn bản này không có chữ ký số.</translation>
    </message>
    <message>
        <source>It cannot be relied on as a signed document.</source>
        <translation>Không thể coi đây là văn bản đã được ký số.</translation>
    </message>
    <message>
        <source>Signature of %1: valid</source>
        <translation>Chữ ký của %1: hợp lệ</translation>
    </message>
    <message>
        <source>Signature of %1: NOT valid</source>
        <translation>Chữ ký của %1: KHÔNG hợp lệ</translation>
    </message>
    <message>
        <source>The signature is NOT valid: %1.</source>
        <translation>Chữ ký KHÔNG hợp lệ: %1.</translation>
    </message>
    <message>
        <source>%1 of %2 signatures are NOT valid (%3: %4).</source>
        <translation>%1 trên %2 chữ ký KHÔNG hợp lệ (%3: %4).</translation>
    </message>
    <message>
        <source>Do not rely on this document. Ask the sender for the original signed file.</source>
        <translation>Không sử dụng văn bản này. Đề nghị nơi gửi gửi lại tệp gốc đã ký.</translation>
    </message>
    <message>
        <source>The signatures are valid, but annotations or form fields were changed after signing.</source>
        <translation>Các chữ ký hợp lệ, nhưng chú thích hoặc ô nhập liệu đã bị thay đổi sau khi ký.</translation>
    </message>
    <message>
        <source>The marked places are not part of what was signed; read the document without them.</source>
        <translation>Các chỗ được đánh dấu không thuộc nội dung đã ký; đọc văn bản không tính các chỗ đó.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s), all valid: the document has not been changed since it was signed.</source>
        <translation>
            <numerusform>%n chữ ký, tất cả hợp lệ: văn bản không bị thay đổi kể từ khi ký.</numerusform>
        </translation>
    </message>
    <message>
        <source>Valid means: the signer&apos;s certificate comes from a trusted CA and was valid when signing.</source>
        <translation>Hợp lệ nghĩa là: chứng thư số của người ký do tổ chức chứng thực tin cậy cấp và còn hiệu lực khi ký.</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Verify every signature of a PDF.</source>
        <translation>Kiểm tra mọi chữ ký số của tệp PDF.</translation>
    </message>
    <message>
        <source>PDF file to verify</source>
        <translation>Tệp PDF cần kiểm tra</translation>
    </message>
    <message>
        <source>Trust anchor certificates (PEM); repeatable.</source>
        <translation>Chứng thư gốc tin cậy (PEM); dùng được nhiều lần.</translation>
    </message>
    <message>
        <source>pem</source>
        <translation>pem</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>In báo cáo dạng JSON.</translation>
    </message>
    <message>
        <source>exactly one file is required</source>
        <translation>cần đúng một tệp</translation>
    </message>
    <message>
        <source>Use only the revocation data in the document; never ask OCSP/CRL servers.</source>
        <translation>Chỉ dùng dữ liệu thu hồi trong văn bản; không hỏi máy chủ OCSP/CRL.</translation>
    </message>
    <message>
        <source>Intermediate CA certificates (PEM) to complete chains with; repeatable.</source>
        <translation>Chứng thư CA trung gian (PEM) để hoàn thiện chuỗi chứng thư; dùng được nhiều lần.</translation>
    </message>
    <message>
        <source>Trust anchors (PEM) for time-stamp authorities (default: the tsa/trust setting, else the trust anchors).</source>
        <translation>Chứng thư gốc tin cậy (PEM) cho tổ chức cấp dấu thời gian (mặc định: cài đặt tsa/trust, nếu không có thì dùng chứng thư gốc tin cậy).</translation>
    </message>
    <message>
        <source>verify the signatures of a PDF</source>
        <translation>kiểm tra chữ ký số của tệp PDF</translation>
    </message>
</context>
<context>
    <name>kyso::gui::CertificatePicker</name>
    <message>
        <source>Automatic (the certificate that fits the role)</source>
        <translation>Tự động (chứng thư số phù hợp với vai trò)</translation>
    </message>
    <message>
        <source>Certificate ID %1</source>
        <translation>Chứng thư số mã %1</translation>
    </message>
    <message>
        <source>agency seal</source>
        <translation>dấu cơ quan</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>ID %1 on %2</source>
        <translation>Mã %1 trên thiết bị %2</translation>
    </message>
</context>
<context>
    <name>kyso::gui::ChangePinDialog</name>
    <message>
        <source>Change the PIN of token %1</source>
        <translation>Đổi mã PIN của token %1</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Hai lần nhập mã PIN mới không khớp.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Đang đổi…</translation>
    </message>
    <message>
        <source>Change &amp;PIN</source>
        <translation>Đổi mã &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Current PIN</source>
        <translation>Mã PIN &amp;hiện tại</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>Mã PIN &amp;mới</translation>
    </message>
    <message>
        <source>New PIN &amp;again</source>
        <translation>&amp;Nhập lại mã PIN mới</translation>
    </message>
</context>
<context>
    <name>kyso::gui::HandoverForm</name>
    <message>
        <source>New token handover</source>
        <translation>Biên bản bàn giao token mới</translation>
    </message>
    <message>
        <source>Handover date</source>
        <translation>Ngày bàn giao</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Số hiệu token</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Người cho phép</translation>
    </message>
    <message>
        <source>Permission number</source>
        <translation>Số văn bản cho phép</translation>
    </message>
    <message>
        <source>Permission date</source>
        <translation>Ngày văn bản cho phép</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Required for the agency&apos;s token</source>
        <translation>Bắt buộc với token của cơ quan</translation>
    </message>
</context>
<context>
    <name>kyso::gui::MainWindow</name>
    <message>
        <source>KySo — PDF signing for state agencies</source>
        <translation>KySo — Ký số văn bản PDF cho cơ quan nhà nước</translation>
    </message>
    <message>
        <source>Signing is in progress</source>
        <translation>Đang ký số</translation>
    </message>
    <message>
        <source>KySo is still checking or signing files. If you close now, the file being signed is not written and the rest of the batch is not signed. Close anyway?</source>
        <translation>KySo vẫn đang kiểm tra hoặc ký các tệp. Nếu đóng bây giờ, tệp đang ký sẽ không được ghi và các tệp còn lại sẽ không được ký. Vẫn đóng?</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký số</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>K&amp;iểm tra</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>T&amp;oken</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Sổ theo &amp;dõi</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Cài đặt</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PagePreview</name>
    <message>
        <source>No document</source>
        <translation>Chưa có văn bản</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PageViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page </source>
        <translation>Trang </translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation>Trang đang xem</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Vừa ngang</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Vừa chiều rộng trang</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Fit the whole page</source>
        <translation>Hiện trọn trang</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
</context>
<context>
    <name>kyso::gui::PinDialog</name>
    <message>
        <source>Token PIN</source>
        <translation>Mã PIN token</translation>
    </message>
    <message>
        <source>The token reports no failed attempts.</source>
        <translation>Token không báo lần nhập sai nào.</translation>
    </message>
    <message>
        <source>Warning: %1. Check the PIN carefully.</source>
        <translation>Cảnh báo: %1. Hãy kiểm tra kỹ mã PIN.</translation>
    </message>
    <message>
        <source>FINAL ATTEMPT: %1.</source>
        <translation>LẦN THỬ CUỐI: %1.</translation>
    </message>
    <message>
        <source>The PIN is locked. The managing agency must send a written request on Form 06 (Mẫu 06) to the provincial Department of Science and Technology to unlock it.</source>
        <translation>Mã PIN đã bị khóa. Cơ quan quản lý thuê bao cần gửi văn bản đề nghị theo Mẫu 06 tới Sở Khoa học và Công nghệ tỉnh để mở khóa.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Mã PIN</translation>
    </message>
    <message>
        <source>I &amp;understand that a wrong PIN now locks the token</source>
        <translation>Tôi &amp;hiểu rằng nhập sai lần này token sẽ bị khóa</translation>
    </message>
    <message>
        <source>Enter the &amp;PIN of token &quot;%1&quot;.</source>
        <translation>Nhập &amp;mã PIN của token &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RecordForm</name>
    <message>
        <source>Re&amp;cord</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Saving in the register…</source>
        <translation>Đang ghi vào sổ theo dõi…</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RegisterView</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Capacity and title</source>
        <translation>Thẩm quyền, chức vụ</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Người giao</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Người cho phép</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Người được cấp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Mọi vai trò</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>Report (PDF)…</source>
        <translation>Báo cáo (PDF)…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>Token handovers</source>
        <translation>Bàn giao token</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Đề nghị chứng thư số</translation>
    </message>
    <message numerus="yes">
        <source>Register intact: %n entries, hash chain verified.</source>
        <translation>
            <numerusform>Sổ theo dõi toàn vẹn: %n mục, chuỗi băm hợp lệ.</numerusform>
        </translation>
    </message>
    <message>
        <source>REGISTER TAMPERED: %1</source>
        <translation>SỔ THEO DÕI BỊ CAN THIỆP: %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
    <message>
        <source>Report (PDF)</source>
        <translation>Báo cáo (PDF)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Đã ghi báo cáo ra %1</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Văn bản cho phép</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Hạn xử lý</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Token events</source>
        <translation>Sự kiện token</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 ngày %2</translation>
    </message>
    <message>
        <source>%1 — OVERDUE</source>
        <translation>%1 — QUÁ HẠN</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Đang đọc sổ theo dõi…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Separator ; (Excel)</source>
        <translation>Phân cách ; (Excel)</translation>
    </message>
    <message>
        <source>Separator ,</source>
        <translation>Phân cách ,</translation>
    </message>
    <message>
        <source>How the columns of the CSV file are separated</source>
        <translation>Ký tự phân cách các cột trong tệp CSV</translation>
    </message>
    <message>
        <source>&amp;Add a handover…</source>
        <translation>&amp;Thêm biên bản bàn giao…</translation>
    </message>
    <message>
        <source>&amp;Add a request…</source>
        <translation>&amp;Thêm đề nghị…</translation>
    </message>
    <message>
        <source>Handover %1 recorded: %2 to %3.</source>
        <translation>Đã ghi biên bản bàn giao số %1: %2 giao cho %3.</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3.</source>
        <translation>Đã ghi đề nghị số %1 (%2): gửi về %3.</translation>
    </message>
    <message>
        <source>Request %1 recorded (%2): send it to %3, with a copy to %4.</source>
        <translation>Đã ghi đề nghị số %1 (%2): gửi về %3, đồng gửi %4.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Không ghi được báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>kyso::gui::RequestForm</name>
    <message>
        <source>New certificate</source>
        <translation>Cấp chứng thư số mới</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Change of information</source>
        <translation>Thay đổi thông tin</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Thu hồi</translation>
    </message>
    <message>
        <source>Token recovery (unlock)</source>
        <translation>Khôi phục (mở khóa) token</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã chấp thuận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>New certificate request</source>
        <translation>Đề nghị chứng thư số mới</translation>
    </message>
    <message>
        <source>Already sent</source>
        <translation>Đã gửi đi</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bị mất</translation>
    </message>
    <message>
        <source>Key compromised</source>
        <translation>Lộ khóa bí mật</translation>
    </message>
    <message>
        <source>Change of post</source>
        <translation>Thay đổi vị trí công tác</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <source>As shown in the Tokens view</source>
        <translation>Như hiển thị ở mục Token</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Certificate holder</source>
        <translation>Người được cấp chứng thư số</translation>
    </message>
    <message>
        <source>Token serial</source>
        <translation>Số hiệu token</translation>
    </message>
    <message>
        <source>Certificate serial</source>
        <translation>Số hiệu chứng thư số</translation>
    </message>
    <message>
        <source>Reason for revocation</source>
        <translation>Lý do thu hồi</translation>
    </message>
    <message>
        <source>Unit filing it</source>
        <translation>Đơn vị đề nghị</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Ngày gửi</translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation>Số văn bản đề nghị</translation>
    </message>
    <message>
        <source>Letter date</source>
        <translation>Ngày văn bản đề nghị</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>kyso::gui::SettingsView</name>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Thư viện PKCS#11</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Signing profiles</source>
        <translation>Hồ sơ ký</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signature or seal image</source>
        <translation>Ảnh chữ ký hoặc con dấu</translation>
    </message>
    <message>
        <source>Seal diameter</source>
        <translation>Đường kính con dấu</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Vai trò mặc định</translation>
    </message>
    <message>
        <source>Libraries (*.so)</source>
        <translation>Thư viện (*.so)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg)</source>
        <translation>Ảnh (*.png *.jpg)</translation>
    </message>
    <message>
        <source>Trust anchor</source>
        <translation>Chứng thư gốc</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>(new profile)</source>
        <translation>(hồ sơ mới)</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Hãy đặt tên cho hồ sơ.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Đã lưu hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Đã xóa hồ sơ &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no certificate KySo can read; ask the IT officer for the root certificate of the certification authority as a .pem or .crt file. It was not added.</source>
        <translation>Tệp &quot;%1&quot; không chứa chứng thư số nào KySo đọc được; hãy xin cán bộ công nghệ thông tin chứng thư gốc của tổ chức cung cấp dịch vụ chứng thực dưới dạng tệp .pem hoặc .crt. Tệp chưa được thêm.</translation>
    </message>
    <message>
        <source>Trust anchor added; press Save to keep it.</source>
        <translation>Đã thêm chứng thư gốc tin cậy; bấm Lưu để ghi lại.</translation>
    </message>
    <message>
        <source>PKCS#&amp;11 module</source>
        <translation>Thư viện &amp;PKCS#11</translation>
    </message>
    <message>
        <source>Add tr&amp;ust anchor…</source>
        <translation>&amp;Thêm chứng thư gốc…</translation>
    </message>
    <message>
        <source>Trust anc&amp;hors</source>
        <translation>Chứng thư gốc tin cậ&amp;y</translation>
    </message>
    <message>
        <source>Ti&amp;me-stamp server (TSA)</source>
        <translation>&amp;Máy chủ dấu thời gian (TSA)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>Ngôn ngữ (s&amp;au khi khởi động lại)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>Lư&amp;u</translation>
    </message>
    <message>
        <source>Pr&amp;ofile</source>
        <translation>&amp;Hồ sơ ký</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>Tê&amp;n</translation>
    </message>
    <message>
        <source>Si&amp;gner</source>
        <translation>N&amp;gười ký</translation>
    </message>
    <message>
        <source>To&amp;ken (label or serial)</source>
        <translation>Token (nhãn hoặc sê-&amp;ri)</translation>
    </message>
    <message>
        <source>Certi&amp;ficate ID</source>
        <translation>ID chứng thư &amp;số</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>Chức &amp;vụ</translation>
    </message>
    <message>
        <source>Agen&amp;cy</source>
        <translation>Cơ &amp;quan</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>&amp;Lưu hồ sơ</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Xóa hồ sơ</translation>
    </message>
</context>
<context>
    <name>kyso::gui::SignView</name>
    <message>
        <source>Place signature</source>
        <translation>Đặt vị trí chữ ký</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Ký…</translation>
    </message>
    <message>
        <source>Add PDF files…</source>
        <translation>Thêm tệp PDF…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa danh sách</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <source>the only token plugged in</source>
        <translation>token duy nhất đang cắm</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Tệp kết quả</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Hồ sơ ký</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>Thư viện PKCS#11</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation>Số và ký hiệu</translation>
    </message>
    <message>
        <source>Copy form</source>
        <translation>Hình thức sao</translation>
    </message>
    <message>
        <source>%1 of %2 files signed.</source>
        <translation>Đã ký %1 trên %2 tệp.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Add PDF files</source>
        <translation>Thêm tệp PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add at least one PDF file.</source>
        <translation>Hãy thêm ít nhất một tệp PDF.</translation>
    </message>
    <message>
        <source>Checking the files and the token…</source>
        <translation>Đang kiểm tra tệp và token…</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files ready to sign.</source>
        <translation>%1 trên %2 tệp sẵn sàng để ký.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký</translation>
    </message>
    <message>
        <source>Not signed: %1</source>
        <translation>Chưa ký: %1</translation>
    </message>
    <message>
        <source>Signing… %1 / %2</source>
        <translation>Đang ký… %1 / %2</translation>
    </message>
    <message>
        <source>Long-term validation data (PAdES B-LT)</source>
        <translation>Dữ liệu kiểm tra dài hạn (PAdES B-LT)</translation>
    </message>
    <message>
        <source>Give the number and date (release)</source>
        <translation>Cấp số và ghi ngày tháng (phát hành)</translation>
    </message>
    <message>
        <source>Number and seal…</source>
        <translation>Cấp số và đóng dấu…</translation>
    </message>
    <message>
        <source>next free number</source>
        <translation>số trống tiếp theo</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>%1: will be released as %2</source>
        <translation>%1: sẽ phát hành với %2</translation>
    </message>
    <message>
        <source>Choose the agency certificate and the seal image, then place the seal: the next free number and today&apos;s date are proposed.</source>
        <translation>Chọn chứng thư số của cơ quan và ảnh con dấu rồi đặt vị trí dấu: số trống tiếp theo và ngày hôm nay được đề xuất.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Chứng thư số</translation>
    </message>
    <message>
        <source>The PIN was not accepted; nothing was signed. %1</source>
        <translation>Mã PIN không được chấp nhận; chưa ký tệp nào. %1</translation>
    </message>
    <message>
        <source>The token is locked</source>
        <translation>Token đã bị khóa</translation>
    </message>
    <message>
        <source>The token&apos;s PIN is now locked; no further file was signed.

%1</source>
        <translation>Mã PIN của token vừa bị khóa; không ký thêm tệp nào.

%1</translation>
    </message>
    <message>
        <source>Not signed — select the row for the reason</source>
        <translation>Chưa ký — chọn dòng này để xem lý do</translation>
    </message>
    <message>
        <source>%1: the standard signature block was not found; draw the signature box by hand on the page.</source>
        <translation>%1: không tìm thấy khối chữ ký chuẩn; hãy vẽ khung chữ ký bằng chuột trên trang.</translation>
    </message>
    <message>
        <source>The standard signature block (title and name of the signer) was not found in this document. Go to the page where the signature belongs and draw the signature box there: press the mouse button and drag.</source>
        <translation>Không tìm thấy khối chữ ký chuẩn (chức vụ và họ tên người ký) trong văn bản này. Hãy chuyển đến trang cần ký và vẽ khung chữ ký tại đó: nhấn giữ chuột và kéo.</translation>
    </message>
    <message>
        <source>The signature will be placed in the box drawn on page %1. To change it, drag the box or draw a new one (also on another page).</source>
        <translation>Chữ ký sẽ được đặt vào khung đã vẽ ở trang %1. Muốn đổi, hãy kéo khung hoặc vẽ khung mới (cả ở trang khác).</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng ký</translation>
    </message>
    <message>
        <source>Stop after the file being signed; the others are not signed.</source>
        <translation>Dừng sau tệp đang ký; các tệp còn lại không được ký.</translation>
    </message>
    <message>
        <source>Stopping after the file being signed…</source>
        <translation>Đang dừng sau tệp đang ký…</translation>
    </message>
    <message>
        <source>%1 — each file waits for the time-stamp server %2 and the certificate status servers</source>
        <translation>%1 — mỗi tệp chờ máy chủ dấu thời gian %2 và các máy chủ trạng thái chứng thư số</translation>
    </message>
    <message>
        <source>%1 — each file waits for the time-stamp server %2</source>
        <translation>%1 — mỗi tệp chờ máy chủ dấu thời gian %2</translation>
    </message>
    <message>
        <source>%1 — each file waits for the certificate status servers</source>
        <translation>%1 — mỗi tệp chờ các máy chủ trạng thái chứng thư số</translation>
    </message>
</context>
<context>
    <name>kyso::gui::TokensView</name>
    <message>
        <source>Token / certificate</source>
        <translation>Token / chứng thư số</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Reading the tokens…</source>
        <translation>Đang đọc token…</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Thư viện %1: %2</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>chưa cài đặt</translation>
    </message>
    <message numerus="yes">
        <source>Module %1: %n token(s)</source>
        <translation>
            <numerusform>Thư viện %1: %n token</numerusform>
        </translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>cơ quan</translation>
    </message>
    <message>
        <source>personal</source>
        <translation>cá nhân</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>đã hết hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>REQUEST TO UNLOCK A TOKEN (Form 06)
To: Department of Science and Technology
Token: %1, serial %2 (%3 %4)
Certificate holder: %5
Reason: the user PIN is locked after too many wrong entries.
The managing agency signs and sends this request; it is handled within 1 working day.</source>
        <translation>ĐỀ NGHỊ KHÔI PHỤC (MỞ KHÓA) THIẾT BỊ LƯU KHÓA BÍ MẬT (Mẫu 06)
Kính gửi: Sở Khoa học và Công nghệ
Token: %1, số sê-ri %2 (%3 %4)
Người được cấp chứng thư số: %5
Lý do: mã PIN bị khóa do nhập sai quá số lần cho phép.
Cơ quan quản lý thuê bao ký và gửi đề nghị; thời hạn giải quyết 01 ngày làm việc.</translation>
    </message>
    <message>
        <source>What to file</source>
        <translation>Đề nghị cần gửi</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (copy: %4)</source>
        <translation>%1: %2 → %3 (đồng gửi: %4)</translation>
    </message>
    <message>
        <source>No token is plugged in. Plug the USB token into this computer: it appears here by itself.</source>
        <translation>Chưa cắm token nào. Hãy cắm token USB vào máy tính: token sẽ tự hiện ra ở đây.</translation>
    </message>
    <message>
        <source>The PIN is locked: it cannot be changed before the token is unlocked (Form 06).</source>
        <translation>Mã PIN đã bị khóa: không thể đổi PIN trước khi token được mở khóa (Mẫu 06).</translation>
    </message>
    <message>
        <source>Change &amp;PIN…</source>
        <translation>Đổi mã &amp;PIN…</translation>
    </message>
    <message>
        <source>&amp;Copy the Form 06 text</source>
        <translation>Sao chép nội dung &amp;Mẫu 06</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
</context>
<context>
    <name>kyso::gui::VerifyView</name>
    <message>
        <source>Open or drop a PDF to check its signatures.</source>
        <translation>Mở hoặc kéo thả tệp PDF để kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ Tr&amp;ang trước</translation>
    </message>
    <message>
        <source>&amp;Next page ▶</source>
        <translation>Trang &amp;sau ▶</translation>
    </message>
    <message>
        <source>&amp;Open PDF…</source>
        <translation>&amp;Mở PDF…</translation>
    </message>
    <message>
        <source>Nothing was changed after this signature.</source>
        <translation>Không có gì bị thay đổi sau chữ ký này.</translation>
    </message>
    <message>
        <source>After it, only further signatures or validation data were added.</source>
        <translation>Sau chữ ký này chỉ có thêm chữ ký khác hoặc dữ liệu xác thực.</translation>
    </message>
    <message>
        <source>After it, form fields were filled in.</source>
        <translation>Sau chữ ký này, các trường biểu mẫu đã được điền.</translation>
    </message>
    <message>
        <source>After it, annotations were added or changed.</source>
        <translation>Sau chữ ký này, chú thích đã được thêm hoặc sửa.</translation>
    </message>
    <message>
        <source>After it, the document itself was changed.</source>
        <translation>Sau chữ ký này, chính nội dung văn bản đã bị thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more (see the details below)</source>
        <translation>
            <numerusform>và %n thay đổi khác (xem chi tiết bên dưới)</numerusform>
        </translation>
    </message>
    <message>
        <source>As: %1</source>
        <translation>Với tư cách: %1</translation>
    </message>
    <message>
        <source>Signed on %1 (Vietnam time)</source>
        <translation>Ký lúc %1 (giờ Việt Nam)</translation>
    </message>
    <message>
        <source>The signing time is not stated</source>
        <translation>Không ghi thời điểm ký</translation>
    </message>
    <message>
        <source>Valid and trusted: the certificate comes from a trusted CA and was valid when signing.</source>
        <translation>Hợp lệ và tin cậy: chứng thư số do CA tin cậy cấp và còn hiệu lực khi ký.</translation>
    </message>
    <message>
        <source>NOT valid: %1.</source>
        <translation>KHÔNG hợp lệ: %1.</translation>
    </message>
    <message>
        <source>Box on page %1 (click to show it)</source>
        <translation>Khung chữ ký ở trang %1 (bấm để xem)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PDF files to sign</source>
        <translation>Tệp PDF cần ký</translation>
    </message>
    <message>
        <source>Open FILE in the verify view.</source>
        <translation>Mở TỆP ở màn hình kiểm tra.</translation>
    </message>
    <message>
        <source>argument %1, byte 0x%2 at offset %3: %4</source>
        <translation>tham số %1, byte 0x%2 ở vị trí %3: %4</translation>
    </message>
    <message>
        <source>Save a PNG of every view and dialog into DIR and quit.</source>
        <translation>Lưu ảnh PNG của mọi màn hình và hộp thoại vào THƯ MỤC rồi thoát.</translation>
    </message>
</context>
</TS>
