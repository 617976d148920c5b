<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>About</name>
    <message>
        <location filename="../mouplanner/ui/about.py" line="+99"/>
        <source>Receive the changes in %1 into %2?</source>
        <translation>รับการเปลี่ยนแปลงใน %1 เข้าสู่ %2 หรือไม่?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive</source>
        <translation>รับ</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="-45"/>
        <source>About mouplanner</source>
        <translation>เกี่ยวกับ mouplanner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan and follow government MOUs, offline, in English, Thai and Lao.</source>
        <translation>วางแผนและติดตามบันทึกความเข้าใจระหว่างรัฐบาล ใช้งานแบบออฟไลน์ได้ เป็นภาษาอังกฤษ ไทย และลาว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Python %1 · Qt %2 · PySide6 %3 · %4</source>
        <translation>Python %1 · Qt %2 · PySide6 %3 · %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Made of, and their licences:</source>
        <translation>ส่วนประกอบและสัญญาอนุญาต:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The font licence is in resources/fonts/OFL.txt; Qt and PySide6 are used under the LGPL, unchanged, and can be replaced.</source>
        <translation>สัญญาอนุญาตของแบบอักษรอยู่ที่ resources/fonts/OFL.txt; ใช้ Qt และ PySide6 ภายใต้ LGPL โดยไม่ได้แก้ไข และสามารถแทนที่ได้</translation>
    </message>
</context>
<context>
    <name>AgreementTerm</name>
    <message>
        <location filename="../mouplanner/ui/forms/agreement_term.py" line="+24"/>
        <source>ended on %1</source>
        <translation>สิ้นสุดเมื่อ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>until %1</source>
        <translation>ถึง %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>renewed once</source>
        <translation>ต่ออายุแล้ว 1 ครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renewed %1 times</source>
        <translation>ต่ออายุแล้ว %1 ครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notice given on %1</source>
        <translation>แจ้งบอกเลิกเมื่อ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>renews by itself after %1: too late now for notice</source>
        <translation>ต่ออายุโดยอัตโนมัติหลัง %1: เลยกำหนดแจ้งบอกเลิกแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notice not to renew by %1</source>
        <translation>แจ้งไม่ต่ออายุได้ภายใน %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today: %1</source>
        <translation>วันนี้: %1</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../mouplanner/ui/banner.py" line="+38"/>
        <source>Read-only: this workspace is damaged. You can read, search and export what can still be read; to work in it again, restore a backup (File &gt; Restore from backup).</source>
        <translation>อ่านอย่างเดียว: พื้นที่ทำงานนี้เสียหาย คุณยังอ่าน ค้นหา และส่งออกส่วนที่ยังอ่านได้ หากต้องการทำงานต่อ ให้กู้คืนข้อมูลสำรอง (แฟ้ม &gt; กู้คืนจากข้อมูลสำรอง)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this workspace is open for editing in another window or by another person. You can read, search and export it; changes cannot be saved here.</source>
        <translation>อ่านอย่างเดียว: พื้นที่ทำงานนี้เปิดแก้ไขอยู่ในหน้าต่างอื่นหรือโดยผู้อื่น คุณสามารถอ่าน ค้นหา และส่งออกได้ แต่ไม่สามารถบันทึกการเปลี่ยนแปลงที่นี่</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/offline.py" line="+52"/>
        <source>The connection to the server is lost. You see what was read before; mouplanner tries again every few seconds. A form you save meanwhile keeps what you typed.</source>
        <translation>การเชื่อมต่อกับเซิร์ฟเวอร์ขาดหาย สิ่งที่เห็นคือข้อมูลที่อ่านไว้ก่อนหน้า mouplanner จะลองเชื่อมต่อใหม่ทุกสองสามวินาที แบบฟอร์มที่บันทึกระหว่างนี้จะยังเก็บสิ่งที่คุณพิมพ์ไว้</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <location filename="../mouplanner/services/calendar_feed.py" line="+33"/>
        <source>Milestone: %1</source>
        <translation>หมุดหมาย: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item due: %1</source>
        <translation>เรื่องที่ต้องดำเนินการครบกำหนด: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice not to renew %1</source>
        <translation>วันสุดท้ายที่แจ้งไม่ต่ออายุ %1 ได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 expires</source>
        <translation>%1 หมดอายุ</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../mouplanner/ui/calendar_view.py" line="+92"/>
        <source>+ %1 more</source>
        <translation>+ อีก %1 รายการ</translation>
    </message>
    <message>
        <location line="+143"/>
        <location line="+35"/>
        <source>Public holiday</source>
        <translation>วันหยุดราชการ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Deadline</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone deadlines</source>
        <translation>กำหนดของหมุดหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming in the next %1 days</source>
        <translation>ใน %1 วันข้างหน้า</translation>
    </message>
</context>
<context>
    <name>ClashDialog</name>
    <message>
        <location filename="../mouplanner/ui/forms/clash.py" line="+30"/>
        <source>Changed by someone else</source>
        <translation>มีผู้อื่นแก้ไขแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{who} saved this record at {when}, after you opened it, and changed fields you changed too. Choose the value to keep for each:</source>
        <translation>{who} บันทึกระเบียนนี้เมื่อ {when} หลังจากที่คุณเปิด และแก้ไขช่องข้อมูลเดียวกับที่คุณแก้ไข เลือกค่าที่จะเก็บไว้สำหรับแต่ละช่อง:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by {who}</source>
        <translation>บันทึกโดย {who}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yours</source>
        <translation>ของคุณ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save my choice</source>
        <translation>บันทึกตามที่เลือก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to the form</source>
        <translation>กลับไปที่แบบฟอร์ม</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+85"/>
        <source>deleted or kept</source>
        <translation>ลบหรือเก็บไว้</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same field was changed on two laptops, or a record was edited on one and deleted on the other. The newest change is in force until you keep one value; your choice travels with the next exchange.</source>
        <translation>ข้อมูลช่องเดียวกันถูกแก้ไขบนเครื่องสองเครื่อง หรือรายการถูกแก้ไขบนเครื่องหนึ่งแต่ถูกลบบนอีกเครื่อง การเปลี่ยนแปลงล่าสุดจะมีผลจนกว่าคุณจะเลือกค่าที่จะเก็บ และการเลือกของคุณจะส่งไปพร้อมการแลกเปลี่ยนครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No conflicts.</source>
        <translation>ไม่มีข้อขัดแย้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>ถูกลบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept (edited)</source>
        <translation>เก็บไว้ (มีการแก้ไข)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolve a conflict</source>
        <translation>แก้ข้อขัดแย้ง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In force now</source>
        <translation>ค่าที่มีผลขณะนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other value</source>
        <translation>อีกค่าหนึ่ง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Third value</source>
        <translation>ค่าที่สาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value in force now</source>
        <translation>ใช้ค่าที่มีผลอยู่ตอนนี้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the other value</source>
        <translation>ใช้ค่าอีกค่าหนึ่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the third value</source>
        <translation>ใช้ค่าที่สาม</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../mouplanner/ui/server_connect.py" line="+51"/>
        <source>Connect to a server</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(a new server)</source>
        <translation>(เซิร์ฟเวอร์ใหม่)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recent servers</source>
        <translation>เซิร์ฟเวอร์ที่ใช้ล่าสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server (host name or address)</source>
        <translation>เซิร์ฟเวอร์ (ชื่อโฮสต์หรือที่อยู่)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>ฐานข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your login</source>
        <translation>ชื่อผู้ใช้ของคุณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your ministry&apos;s IT officer gives you these. The password is asked when the server needs one, unless your pgpass file or this computer&apos;s keyring keeps it.</source>
        <translation>เจ้าหน้าที่ไอทีของกระทรวงจะให้ข้อมูลเหล่านี้แก่คุณ ระบบจะถามรหัสผ่านเมื่อเซิร์ฟเวอร์ต้องการ เว้นแต่มีเก็บไว้ในไฟล์ pgpass หรือในที่เก็บรหัสผ่านของเครื่องนี้</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted when the server offers it</source>
        <translation>เข้ารหัสเมื่อเซิร์ฟเวอร์รองรับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always encrypted</source>
        <translation>เข้ารหัสเสมอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, server certificate checked</source>
        <translation>เข้ารหัส ตรวจใบรับรองของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, certificate and host name checked</source>
        <translation>เข้ารหัส ตรวจใบรับรองและชื่อโฮสต์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>ไม่เข้ารหัส</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Cannot connect to the server</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot open workspace</source>
        <translation>เปิดพื้นที่ทำงานไม่ได้</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="+118"/>
        <source>Make a copy for another laptop</source>
        <translation>ทำสำเนาสำหรับเครื่องอื่น</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a copy of this workspace that another laptop opens and works on offline. Afterwards the two laptops exchange their changes with Send changes and Receive changes.</source>
        <translation>เขียนสำเนาของพื้นที่ทำงานนี้ให้เครื่องอื่นเปิดใช้งานแบบออฟไลน์ จากนั้นทั้งสองเครื่องแลกเปลี่ยนการเปลี่ยนแปลงด้วย ส่งการเปลี่ยนแปลง และ รับการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the copy</source>
        <translation>ทำสำเนา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. MPTC laptop</source>
        <translation>เช่น เครื่องของ MPTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for %1</source>
        <translation>สำหรับ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>copy</source>
        <translation>สำเนา</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Name of the other laptop</source>
        <translation>ชื่อของเครื่องอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All agreements</source>
        <translation>ความตกลงทั้งหมด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A copy of one agreement holds that agreement with every organisation and person; what it is sent and what it syncs afterwards is that agreement.</source>
        <translation>สำเนาของความตกลงเดียวมีความตกลงนั้นพร้อมหน่วยงานและบุคคลทั้งหมด สิ่งที่ส่งถึงและสิ่งที่ซิงค์ในภายหลังจะเป็นของความตกลงนั้นเท่านั้น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the other laptop a name, so that both know whose changes are whose.</source>
        <translation>ตั้งชื่อเครื่องอื่นก่อน เพื่อให้ทั้งสองเครื่องรู้ว่าการเปลี่ยนแปลงใดเป็นของใคร</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../mouplanner/ui/dashboard_view.py" line="+153"/>
        <source>The charts could not be counted: %1</source>
        <translation>นับข้อมูลแผนภูมิไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Counting…</source>
        <translation>กำลังนับ…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activities by kind per quarter</source>
        <translation>กิจกรรมตามประเภทรายไตรมาส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone status per cooperation area</source>
        <translation>สถานะหมุดหมายตามด้านความร่วมมือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants per year</source>
        <translation>ผู้เข้าร่วมรายปี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Women</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Men</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget per currency and year (each currency on its own scale)</source>
        <translation>งบประมาณตามสกุลเงินและปี (แต่ละสกุลเงินใช้มาตราส่วนของตนเอง)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Milestones done: %1 of %2</source>
        <translation>หมุดหมายที่เสร็จแล้ว: %1 จาก %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants: %1 (women: %2)</source>
        <translation>ผู้เข้าร่วม: %1 คน (หญิง %2 คน)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget:</source>
        <translation>งบประมาณ:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Side %1</source>
        <translation>ฝ่ายที่ %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side not known</source>
        <translation>ไม่ทราบฝ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 open, %3 overdue</source>
        <translation>%1: ค้างอยู่ %2 เรื่อง เกินกำหนด %3 เรื่อง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open action items</source>
        <translation>ไม่มีเรื่องที่ต้องดำเนินการค้างอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No meeting planned</source>
        <translation>ยังไม่มีการประชุมตามแผน</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In %1 days, %2 working days</source>
        <translation>อีก %1 วัน (%2 วันทำการ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To prepare: %1 open action items due by then</source>
        <translation>ต้องเตรียม: เรื่องที่ต้องดำเนินการ %1 เรื่องที่ครบกำหนดก่อนการประชุม</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing here</source>
        <translation>ไม่มีรายการ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No activities</source>
        <translation>ยังไม่มีกิจกรรม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue milestones</source>
        <translation>หมุดหมายที่เลยกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the next 30 days</source>
        <translation>กิจกรรมใน 30 วันข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities in the next 90 days</source>
        <translation>กิจกรรมใน 90 วันข้างหน้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by kind</source>
        <translation>กิจกรรมตามประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities by status</source>
        <translation>กิจกรรมตามสถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>การประชุมครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../mouplanner/ui/date_edit.py" line="+136"/>
        <source>day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a date</source>
        <translation>เลือกวันที่</translation>
    </message>
</context>
<context>
    <name>DatePopup</name>
    <message>
        <location line="+51"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation>ล้าง</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../mouplanner/locale/dates.py" line="+55"/>
        <source>{text}: write the year with four digits, e.g. 2018 or 2561</source>
        <translation>{text}: กรุณาเขียนปีเป็นตัวเลขสี่หลัก เช่น 2561 หรือ 2018</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{text} is not a real date</source>
        <translation>{text} ไม่ใช่วันที่ที่มีอยู่จริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text} is not a date; type day/month/year, e.g. 7/2/2018</source>
        <translation>{text} ไม่ใช่วันที่ กรุณาพิมพ์ วัน/เดือน/ปี เช่น 7/2/2561</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../mouplanner/ui/forms/documents_panel.py" line="+55"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>วันที่แนบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of</source>
        <translation>เป็นของ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attach…</source>
        <translation>แนบไฟล์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>บันทึกเป็น…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At most %1 per file</source>
        <translation>ไม่เกิน %1 ต่อไฟล์</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>To the agreement…</source>
        <translation>แนบกับความตกลง…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To the %1…</source>
        <translation>แนบกับ%1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not on this laptop yet)</source>
        <translation>%1 (ยังไม่มาถึงเครื่องนี้)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Attach a document</source>
        <translation>แนบเอกสาร</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attach %1</source>
        <translation>แนบ %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No program on this computer opens this kind of file; it was saved as %1</source>
        <translation>ไม่มีโปรแกรมในเครื่องนี้ที่เปิดไฟล์ประเภทนี้ได้ จึงบันทึกไว้ที่ %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the document as</source>
        <translation>บันทึกเอกสารเป็น</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The document could not be saved: %1</source>
        <translation>บันทึกเอกสารไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved as %1</source>
        <translation>บันทึกเป็น %1 แล้ว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>remove %1</source>
        <translation>นำ %1 ออก</translation>
    </message>
</context>
<context>
    <name>DueNotice</name>
    <message>
        <location filename="../mouplanner/ui/due_view.py" line="+189"/>
        <source>%1 overdue and %2 due within a week: action items, milestones, notices, meetings.</source>
        <translation>เลยกำหนด %1 รายการ และครบกำหนดภายในหนึ่งสัปดาห์ %2 รายการ: เรื่องที่ต้องดำเนินการ หลักไมล์ การแจ้งล่วงหน้า การประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 overdue: action items, milestones, notices, meetings.</source>
        <translation>เลยกำหนด %1 รายการ: เรื่องที่ต้องดำเนินการ หลักไมล์ การแจ้งล่วงหน้า การประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%2 due within a week: action items, milestones, notices, meetings.</source>
        <translation>ครบกำหนดภายในหนึ่งสัปดาห์ %2 รายการ: เรื่องที่ต้องดำเนินการ หลักไมล์ การแจ้งล่วงหน้า การประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show what is due</source>
        <translation>ดูรายการที่ครบกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <location line="-112"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Within a week</source>
        <translation>ภายในหนึ่งสัปดาห์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Later</source>
        <translation>ภายหลัง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing is due.</source>
        <translation>ไม่มีรายการที่ครบกำหนด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (today)</source>
        <translation>%1 (วันนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (yesterday)</source>
        <translation>%1 (เมื่อวาน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (tomorrow)</source>
        <translation>%1 (พรุ่งนี้)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (%2 วันที่แล้ว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (in %2 days)</source>
        <translation>%1 (อีก %2 วัน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (in %2 days, %3 working days)</source>
        <translation>%1 (อีก %2 วัน, %3 วันทำการ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working days: Monday to Friday, less the public holidays of %1</source>
        <translation>วันทำการ: วันจันทร์ถึงวันศุกร์ ไม่นับวันหยุดราชการของ%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working days: Monday to Friday</source>
        <translation>วันทำการ: วันจันทร์ถึงวันศุกร์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action item due</source>
        <translation>เรื่องที่ต้องดำเนินการครบกำหนด</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone due</source>
        <translation>หลักไมล์ครบกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice not to renew</source>
        <translation>วันสุดท้ายที่แจ้งไม่ต่ออายุได้</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement expires</source>
        <translation>ความตกลงหมดอายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes not agreed yet</source>
        <translation>รายงานการประชุมยังไม่ได้รับรอง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items and milestones due within 14 days or overdue, agreements&apos; last days for notice and expiries within 90 days, meetings in the next 30 days, and minutes not agreed 30 days after the meeting. Enter opens the record.</source>
        <translation>เรื่องที่ต้องดำเนินการและหลักไมล์ที่ครบกำหนดภายใน 14 วันหรือเลยกำหนด วันสุดท้ายของการแจ้งล่วงหน้าและวันหมดอายุของความตกลงภายใน 90 วัน การประชุมใน 30 วันข้างหน้า และรายงานการประชุมที่ยังไม่ได้รับรองหลังการประชุม 30 วัน กด Enter เพื่อเปิดระเบียน</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../mouplanner/services/records.py" line="+49"/>
        <source>This record was changed by {who} since you opened it; reopen it to see the changes.</source>
        <translation>ระเบียนนี้ถูกแก้ไขโดย {who} หลังจากที่คุณเปิด กรุณาเปิดใหม่เพื่อดูการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/migrate.py" line="+63"/>
        <location filename="../mouplanner/storage/workspace.py" line="+152"/>
        <source>{name} was saved by a newer version of mouplanner (schema {schema}); update mouplanner to open it</source>
        <translation>{name} ถูกบันทึกด้วย mouplanner รุ่นที่ใหม่กว่า (โครงสร้าง {schema}) กรุณาปรับปรุง mouplanner ก่อนเปิด</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{name} cannot be brought up to date: its tables do not match its schema version {schema} ({reason}); nothing was changed</source>
        <translation>ปรับ {name} ให้เป็นรุ่นล่าสุดไม่ได้: ตารางในไฟล์ไม่ตรงกับรุ่นโครงสร้าง {schema} ({reason}); ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/workspace.py" line="-75"/>
        <location line="+64"/>
        <source>{name} is a database but not a mouplanner workspace</source>
        <translation>{name} เป็นฐานข้อมูล แต่ไม่ใช่พื้นที่ทำงานของ mouplanner</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>{name} cannot be used: its workspace details are missing or damaged ({reason}); restore its latest backup with mouplanner restore</source>
        <translation>ใช้ {name} ไม่ได้: รายละเอียดของพื้นที่ทำงานหายไปหรือเสียหาย ({reason}) กู้คืนจากสำเนาสำรองล่าสุดด้วยคำสั่ง mouplanner restore</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} already exists; choose another name</source>
        <translation>มี {path} อยู่แล้ว กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder {path} does not exist</source>
        <translation>ไม่มีโฟลเดอร์ {path}</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/postgres/dumps.py" line="+28"/>
        <source>{tool} is missing: install PostgreSQL&apos;s client programs (postgresql-client)</source>
        <translation>ไม่พบ {tool}: ติดตั้งโปรแกรมไคลเอนต์ของ PostgreSQL (postgresql-client)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../mouplanner/storage/workspace.py" line="+26"/>
        <source>{path} does not exist</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/workspace.py" line="+3"/>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a mouplanner workspace (not an SQLite database)</source>
        <translation>{name} ไม่ใช่พื้นที่ทำงานของ mouplanner (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} carries no schema version mouplanner knows ({schema}); it was changed by another program</source>
        <translation>{name} ไม่มีรุ่นโครงสร้างข้อมูลที่ mouplanner รู้จัก ({schema}) ไฟล์ถูกแก้ไขโดยโปรแกรมอื่น</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} was saved by an older version of mouplanner; open it for editing once to bring it up to date</source>
        <translation>{name} ถูกบันทึกโดย mouplanner รุ่นเก่ากว่า ให้เปิดแบบแก้ไขได้หนึ่งครั้งเพื่อปรับให้เป็นปัจจุบัน</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+127"/>
        <source>{name} cannot be read: it is damaged ({reason})</source>
        <translation>ไม่สามารถอ่าน {name} ได้ เนื่องจากไฟล์เสียหาย ({reason})</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../mouplanner/ui/document.py" line="+88"/>
        <source>{name} is open read-only</source>
        <translation>{name} เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{name} is the workspace itself; choose another name</source>
        <translation>{name} คือพื้นที่ทำงานนี้เอง กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/errors.py" line="+78"/>
        <source>the backup could not be written ({reason})</source>
        <translation>ไม่สามารถบันทึกข้อมูลสำรองได้ ({reason})</translation>
    </message>
    <message>
        <location filename="../mouplanner/cli/main.py" line="+229"/>
        <location filename="../mouplanner/storage/errors.py" line="+8"/>
        <source>{name} is damaged ({reason}); nothing was changed. Restore its latest backup (File &gt; Restore from backup, or mouplanner restore)</source>
        <translation>{name} เสียหาย ({reason}) ไม่มีสิ่งใดถูกเปลี่ยนแปลง กู้คืนจากสำเนาสำรองล่าสุด (แฟ้ม &gt; กู้คืนจากข้อมูลสำรอง หรือ mouplanner restore)</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/sqlite/backups.py" line="+154"/>
        <source>there is no backup of {name}</source>
        <translation>ไม่มีข้อมูลสำรองของ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a workspace backup</source>
        <translation>{name} ไม่ใช่ข้อมูลสำรองของพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/lock.py" line="+37"/>
        <source>{name} is already open for editing (by {who} on {host}); you can open it read-only</source>
        <translation>{name} กำลังถูกเปิดแก้ไขอยู่ (โดย {who} บนเครื่อง {host}) คุณเปิดแบบอ่านอย่างเดียวได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already open for editing in another window or on another computer; you can open it read-only</source>
        <translation>{name} เปิดแก้ไขอยู่แล้วในหน้าต่างอื่นหรือบนคอมพิวเตอร์เครื่องอื่น คุณสามารถเปิดแบบอ่านอย่างเดียวได้</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/errors.py" line="-32"/>
        <source>cannot connect to {server}: {reason}</source>
        <translation>เชื่อมต่อกับ {server} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{name} cannot be written: the file or its folder is read-only</source>
        <translation>ไม่สามารถบันทึก {name} ได้ เนื่องจากไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be written: the disk is full; nothing was changed</source>
        <translation>ไม่สามารถบันทึก {name} ได้ เนื่องจากดิสก์เต็ม ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} refused the change: {reason}; nothing was changed. Ask its administrator for the right to make it</source>
        <translation>{name} ไม่ยอมรับการเปลี่ยนแปลง: {reason} ไม่มีสิ่งใดถูกเปลี่ยน ขอสิทธิ์จากผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection to {name} was lost ({reason}); nothing was changed. Try again when the server is back</source>
        <translation>การเชื่อมต่อกับ {name} ขาดหาย ({reason}) ไม่มีสิ่งใดถูกเปลี่ยน ลองอีกครั้งเมื่อเซิร์ฟเวอร์กลับมา</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was busy with other people&apos;s changes; nothing was changed. Try again</source>
        <translation>{name} กำลังบันทึกการเปลี่ยนแปลงของผู้อื่น จึงยังไม่มีการเปลี่ยนแปลงใด โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is busy: another program is writing it; try again in a moment</source>
        <translation>{name} กำลังถูกใช้งาน: มีโปรแกรมอื่นกำลังบันทึกอยู่ โปรดลองใหม่อีกครู่</translation>
    </message>
    <message>
        <location filename="../mouplanner/cli/errors.py" line="+33"/>
        <location filename="../mouplanner/storage/errors.py" line="+2"/>
        <source>{name} cannot be read: it is damaged ({reason}); restore its latest backup with mouplanner restore</source>
        <translation>ไม่สามารถอ่าน {name} ได้ เนื่องจากไฟล์เสียหาย ({reason}) กู้คืนจากสำเนาสำรองล่าสุดด้วยคำสั่ง mouplanner restore</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/postgres/backend.py" line="+152"/>
        <source>{name} was made by an older version of mouplanner and only its administrator can bring it up to date (mouplanner server upgrade)</source>
        <translation>{name} สร้างด้วย mouplanner รุ่นเก่า และมีเพียงผู้ดูแลระบบเท่านั้นที่ปรับให้เป็นปัจจุบันได้ (mouplanner server upgrade)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>a workspace on a server is copied by its server&apos;s backup (pg_dump), not saved as a file</source>
        <translation>พื้นที่ทำงานบนเซิร์ฟเวอร์คัดลอกได้ด้วยการสำรองข้อมูลของเซิร์ฟเวอร์ (pg_dump) ไม่ใช่บันทึกเป็นแฟ้ม</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{name} already holds a workspace; restore into a new, empty database (createdb)</source>
        <translation>{name} มีพื้นที่ทำงานอยู่แล้ว ให้กู้คืนลงในฐานข้อมูลใหม่ที่ว่างเปล่า (createdb)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no backup of {name} is kept here; name the file</source>
        <translation>ไม่มีข้อมูลสำรองของ {name} เก็บไว้ที่นี่ ให้ระบุชื่อไฟล์</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/rights.py" line="+30"/>
        <source>{name} is a file: rights are kept by a workspace on a server</source>
        <translation>{name} เป็นไฟล์: สิทธิ์มีเฉพาะพื้นที่ทำงานบนเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{name} has no agreement {code}; its agreements are {known}</source>
        <translation>{name} ไม่มีข้อตกลง {code} ข้อตกลงที่มีคือ {known}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the server has no login {member}; its administrator makes one first (createuser --pwprompt {member})</source>
        <translation>เซิร์ฟเวอร์ไม่มีชื่อผู้ใช้ {member} ผู้ดูแลระบบต้องสร้างก่อน (createuser --pwprompt {member})</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{member} cannot take their own admin right; another admin can</source>
        <translation>{member} ไม่สามารถถอนสิทธิ์ผู้ดูแลของตนเองได้ ผู้ดูแลคนอื่นทำได้</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/concurrent.py" line="+30"/>
        <source>{who} changed this record at {when} since you opened it, in the fields you changed too; choose which values to keep</source>
        <translation>{who} แก้ไขระเบียนนี้เมื่อ {when} หลังจากที่คุณเปิด ในช่องข้อมูลเดียวกับที่คุณแก้ไข เลือกค่าที่จะเก็บไว้</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{who} changed rows of this table at {when} since you opened the record, rows you changed too. The table now shows them as they are: make your change again, then save</source>
        <translation>{who} ได้แก้ไขแถวในตารางนี้เมื่อ {when} หลังจากที่คุณเปิดระเบียนนี้ ซึ่งเป็นแถวเดียวกับที่คุณแก้ไข ตารางนี้แสดงแถวตามที่เป็นอยู่ในขณะนี้แล้ว โปรดแก้ไขอีกครั้งแล้วบันทึก</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/documents.py" line="+51"/>
        <source>{name} is not a file</source>
        <translation>{name} ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size} MB: a document can be at most {limit} MB; attach a smaller copy (a scan at a lower resolution, a PDF instead of the slides)</source>
        <translation>{name} มีขนาด {size} MB: เอกสารมีขนาดได้ไม่เกิน {limit} MB กรุณาแนบฉบับที่เล็กลง (สแกนด้วยความละเอียดต่ำลง หรือ PDF แทนไฟล์สไลด์)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} changed while it was read</source>
        <translation>{name} ถูกเปลี่ยนระหว่างที่อ่านอยู่</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../mouplanner/standards/mspdi_read.py" line="+72"/>
        <source>{name} cannot be read: {reason}</source>
        <translation>อ่าน {name} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>this document was removed meanwhile</source>
        <translation>เอกสารนี้ถูกนำออกไปแล้วในระหว่างนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has not reached this laptop yet: it comes with a later exchange or sync</source>
        <translation>{name} ยังไม่มาถึงเครื่องนี้: จะมากับการแลกเปลี่ยนหรือการซิงก์ครั้งต่อไป</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is damaged in this workspace (its content no longer matches what was attached); restore a backup, or attach it again</source>
        <translation>{name} เสียหายในพื้นที่ทำงานนี้ (เนื้อหาไม่ตรงกับที่แนบไว้) กรุณากู้คืนจากสำรองข้อมูล หรือแนบใหม่</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/iati_settings.py" line="+92"/>
        <source>the IATI settings were not kept: {problems}</source>
        <translation>ไม่ได้บันทึกการตั้งค่า IATI: {problems}</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/iati.py" line="+39"/>
        <source>nothing was written; IATI needs: {missing}</source>
        <translation>ไม่ได้เขียนไฟล์ใด IATI ต้องการ: {missing}</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/mspdi_import.py" line="+198"/>
        <source>{name}: {count} conflicts are not settled; nothing was changed</source>
        <translation>{name}: ยังมีข้อขัดแย้ง {count} รายการที่ยังไม่ได้ตัดสิน จึงไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name}: {problem}; nothing was changed</source>
        <translation>{name}: {problem} จึงไม่มีการเปลี่ยนแปลงใด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: the workspace changed after the check; check the file again</source>
        <translation>{name}: พื้นที่ทำงานเปลี่ยนไปหลังการตรวจสอบ โปรดตรวจสอบไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/mspdi_read.py" line="+3"/>
        <source>{name} is {size} MB: a plan can be at most {limit} MB</source>
        <translation>{name} มีขนาด {size} MB: แผนมีขนาดได้ไม่เกิน {limit} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} declares a document type, entities or outside references, which a plan never needs; it was not read</source>
        <translation>{name} ประกาศชนิดเอกสาร เอนทิตี หรือการอ้างอิงภายนอก ซึ่งแผนไม่จำเป็นต้องมี จึงไม่ได้อ่านไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not well-formed XML ({reason})</source>
        <translation>{name} ไม่ใช่ XML ที่ถูกต้อง ({reason})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not an MS Project XML file (its first element is {tag}, not Project)</source>
        <translation>{name} ไม่ใช่ไฟล์ XML ของ MS Project (องค์ประกอบแรกคือ {tag} ไม่ใช่ Project)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{name}: task {uid} has an outline level or a % complete that is not a number</source>
        <translation>{name}: งาน {uid} มีระดับโครงร่างหรือร้อยละความคืบหน้าที่ไม่ใช่ตัวเลข</translation>
    </message>
</context>
<context>
    <name>Excel</name>
    <message>
        <location filename="../mouplanner/excel/data_export.py" line="+36"/>
        <source>Instructions</source>
        <translation>คำแนะนำ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use this workbook</source>
        <translation>วิธีใช้สมุดงานนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each sheet holds one kind of record. Edit the cells, add rows at the bottom, then import the workbook in mouplanner (File &gt; Import from Excel).</source>
        <translation>แต่ละแผ่นงานเก็บข้อมูลหนึ่งประเภท แก้ไขในเซลล์ เพิ่มแถวใหม่ต่อท้าย แล้วนำเข้าสมุดงานใน mouplanner (แฟ้ม &gt; นำเข้าจาก Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows with an ID update that record; rows without one create a new record. Do not change or copy the hidden ID and Version columns.</source>
        <translation>แถวที่มีรหัส (ID) จะปรับปรุงรายการนั้น แถวที่ไม่มีรหัสจะสร้างรายการใหม่ ห้ามแก้ไขหรือคัดลอกคอลัมน์ ID และ Version ที่ซ่อนไว้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To delete a record, choose “delete” in its Delete? column. A row you remove from the sheet is not deleted from the workspace.</source>
        <translation>หากต้องการลบรายการ ให้เลือก “ลบ” ในคอลัมน์ ลบ? การลบแถวออกจากแผ่นงานไม่ได้ลบรายการออกจากพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates: type them as day/month/year (7/2/2561 or 7/2/2018) or with the month name; Buddhist-era years and Thai or Lao digits are understood.</source>
        <translation>วันที่: พิมพ์เป็น วัน/เดือน/ปี (7/2/2561 หรือ 7/2/2018) หรือใช้ชื่อเดือน ใช้ปี พ.ศ. และเลขไทยได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinds, statuses, currencies and links to other records: pick from the list in the cell. Headers may be in English, Thai or Lao, in any order.</source>
        <translation>ประเภท สถานะ สกุลเงิน และการอ้างถึงรายการอื่น: เลือกจากรายการในเซลล์ หัวคอลัมน์เป็นภาษาอังกฤษ ไทย หรือลาว และเรียงลำดับใดก็ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mouplanner checks everything before it changes anything, and shows each problem with its sheet, row and column.</source>
        <translation>mouplanner ตรวจสอบทั้งหมดก่อนเปลี่ยนแปลงข้อมูล และแสดงปัญหาแต่ละรายการพร้อมแผ่นงาน แถว และคอลัมน์</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/importer.py" line="+168"/>
        <source>an existing {entity}: pick one from the list in the cell</source>
        <translation>{entity}ที่มีอยู่แล้ว: เลือกจากรายการในเซลล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one {entity}; several match this text, pick one from the list in the cell</source>
        <translation>{entity}เพียงรายการเดียว ข้อความนี้ตรงกับหลายรายการ กรุณาเลือกจากรายการในเซลล์</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this column is not one mouplanner knows; it was ignored</source>
        <translation>mouplanner ไม่รู้จักคอลัมน์นี้ จึงข้ามไป</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>a value: this formula has no saved result, so importing would empty the field (open and save the workbook in Excel or LibreOffice first)</source>
        <translation>ค่าในเซลล์: สูตรนี้ไม่มีผลลัพธ์ที่บันทึกไว้ การนำเข้าจะทำให้ช่องนี้ว่าง (เปิดและบันทึกสมุดงานใน Excel หรือ LibreOffice ก่อน)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>one row for each record: this record is also on row {other}, so one of the two edits would be lost; keep one row</source>
        <translation>หนึ่งแถวต่อหนึ่งระเบียน: ระเบียนนี้อยู่ในแถว {other} ด้วย การแก้ไขหนึ่งในสองแถวจะสูญหาย ให้เก็บไว้แถวเดียว</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an ID of this workspace; this row comes from another workspace or was changed by hand</source>
        <translation>รหัสของพื้นที่ทำงานนี้ แถวนี้มาจากพื้นที่ทำงานอื่นหรือถูกแก้ไขด้วยมือ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a live record: it was deleted in the workspace after the export, so this row was left out</source>
        <translation>รายการที่ยังอยู่: รายการนี้ถูกลบในพื้นที่ทำงานหลังการส่งออก จึงไม่นำเข้าแถวนี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“delete” to delete this record, or an empty cell</source>
        <translation>“ลบ” เพื่อลบรายการนี้ หรือเว้นว่าง</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the hidden ID column: it was deleted, so every row would create its record a second time; export the data workbook again and make the changes there</source>
        <translation>คอลัมน์ ID ที่ซ่อนไว้: ถูกลบไปแล้ว ทุกแถวจะสร้างระเบียนซ้ำเป็นครั้งที่สอง ให้ส่งออกสมุดงานข้อมูลใหม่แล้วแก้ไขในสมุดงานนั้น</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cells that are not merged: rows {first} to {last} have merged cells, which keep the first cell&apos;s value and empty the others; unmerge them</source>
        <translation>เซลล์ที่ไม่ได้ผสาน: แถว {first} ถึง {last} มีเซลล์ที่ผสานไว้ ซึ่งเก็บเฉพาะค่าของเซลล์แรกและทำให้เซลล์อื่นว่าง ให้ยกเลิกการผสานเซลล์</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} is not a data workbook or a template of mouplanner (a report, or a workbook made elsewhere), so it cannot be imported. To edit records in Excel, export the data workbook (File &gt; Export data workbook…) or start from a template (File &gt; New Excel template…), edit that and import it</source>
        <translation>{name} ไม่ใช่สมุดงานข้อมูลหรือแม่แบบของ mouplanner (เป็นรายงาน หรือสมุดงานที่สร้างจากที่อื่น) จึงนำเข้าไม่ได้ หากต้องการแก้ไขระเบียนใน Excel ให้ส่งออกสมุดงานข้อมูล (แฟ้ม &gt; ส่งออกสมุดงานข้อมูล…) หรือเริ่มจากแม่แบบ (แฟ้ม &gt; แม่แบบ Excel ใหม่…) แก้ไขแล้วนำเข้า</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} was exported from another workspace; import it into the workspace it came from</source>
        <translation>{name} ส่งออกมาจากพื้นที่ทำงานอื่น กรุณานำเข้าในพื้นที่ทำงานต้นทาง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a sheet mouplanner knows; this sheet was ignored</source>
        <translation>แผ่นงานที่ mouplanner รู้จัก แผ่นงานนี้จึงถูกข้าม</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a header row with mouplanner&apos;s column names in the first rows; none was found</source>
        <translation>แถวหัวตารางที่มีชื่อคอลัมน์ของ mouplanner ในแถวแรก ๆ แต่ไม่พบ</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/import_apply.py" line="+30"/>
        <source>the import has problems or unresolved conflicts; nothing was changed</source>
        <translation>การนำเข้ามีปัญหาหรือข้อขัดแย้งที่ยังไม่ได้แก้ จึงไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the workspace changed after the check; check the workbook again</source>
        <translation>พื้นที่ทำงานเปลี่ยนไปหลังการตรวจสอบ กรุณาตรวจสอบสมุดงานอีกครั้ง</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the import was refused and nothing was changed: {reason}</source>
        <translation>การนำเข้าถูกปฏิเสธและไม่มีการเปลี่ยนแปลงใด ๆ: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing was imported: the backup made first could not be written ({reason}); check the space on the disk and import the workbook again</source>
        <translation>ไม่มีการนำเข้าข้อมูลใด ๆ: ไม่สามารถบันทึกข้อมูลสำรองที่ต้องทำก่อนได้ ({reason}) โปรดตรวจสอบพื้นที่ว่างบนดิสก์ แล้วนำเข้าสมุดงานอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/reader.py" line="+116"/>
        <source>sheet {sheet} has {rows} rows and {columns} columns; at most {max_rows} rows and {max_columns} columns can be imported</source>
        <translation>แผ่นงาน {sheet} มี {rows} แถว {columns} คอลัมน์ นำเข้าได้ไม่เกิน {max_rows} แถว และ {max_columns} คอลัมน์</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+19"/>
        <location filename="../mouplanner/excel/safety.py" line="+67"/>
        <location line="+31"/>
        <source>{name} is damaged or truncated ({reason}); it cannot be read</source>
        <translation>{name} เสียหายหรือไม่สมบูรณ์ ({reason}) จึงอ่านไม่ได้</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/report.py" line="+38"/>
        <location line="+77"/>
        <source>All agreements</source>
        <translation>ความตกลงทั้งหมด</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>all dates</source>
        <translation>ทุกช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cooperation report</source>
        <translation>รายงานความร่วมมือ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporting period</source>
        <translation>ช่วงเวลาที่รายงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report date</source>
        <translation>วันที่รายงาน</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+45"/>
        <location line="+28"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+73"/>
        <source>Cooperation area</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+70"/>
        <source>Workstreams</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location line="-69"/>
        <location line="+78"/>
        <source>Milestones done</source>
        <translation>หมุดหมายที่เสร็จ</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+78"/>
        <source>Milestones total</source>
        <translation>หมุดหมายทั้งหมด</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Milestones overdue</source>
        <translation>หมุดหมายเลยกำหนด</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <location line="+12"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+122"/>
        <source>of whom women</source>
        <translation>ในจำนวนนี้เป็นหญิง</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+122"/>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+4"/>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>สถานะตามวาระ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current term ends</source>
        <translation>วาระปัจจุบันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day to give notice</source>
        <translation>วันสุดท้ายที่แจ้งได้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewals</source>
        <translation>จำนวนครั้งที่ต่ออายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice given</source>
        <translation>วันที่แจ้งไม่ต่ออายุ</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+19"/>
        <location line="+25"/>
        <location line="+71"/>
        <source>Workstream</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location line="-114"/>
        <location line="+20"/>
        <location line="+26"/>
        <location line="+64"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Lead organisation, side 1</source>
        <translation>หน่วยงานหลัก ฝ่ายที่ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation, side 2</source>
        <translation>หน่วยงานหลัก ฝ่ายที่ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+20"/>
        <source>Planned start</source>
        <translation>เริ่มตามแผน</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+44"/>
        <source>Planned end</source>
        <translation>สิ้นสุดตามแผน</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Progress %</source>
        <translation>ความก้าวหน้า %</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+86"/>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned date</source>
        <translation>วันที่ตามแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>วันที่จริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+88"/>
        <source>Overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Days moved since the baseline</source>
        <translation>จำนวนวันที่เลื่อนจากแผนฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>ผลผลิตที่ต้องส่งมอบ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/activities.py" line="+24"/>
        <location filename="../mouplanner/kinds/people.py" line="+14"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host organisation</source>
        <translation>หน่วยงานเจ้าภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year or period</source>
        <translation>ปีหรือช่วงของค่าฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>ผลจริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achieved %</source>
        <translation>บรรลุ %</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting date</source>
        <translation>วันที่ประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side</source>
        <translation>ฝ่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last update</source>
        <translation>ความคืบหน้าล่าสุดเมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it stands</source>
        <translation>สถานะล่าสุด</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/safety.py" line="-60"/>
        <source>{name}: the workbook contains XML entity declarations, which mouplanner refuses for safety; save it again from Excel or LibreOffice</source>
        <translation>{name}: สมุดงานมีการประกาศ XML entity ซึ่ง mouplanner ไม่รับเพื่อความปลอดภัย กรุณาบันทึกใหม่จาก Excel หรือ LibreOffice</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} does not exist</source>
        <translation>ไม่พบ {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is empty</source>
        <translation>{name} เป็นไฟล์ว่าง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is {size} MB; at most {limit} MB can be imported</source>
        <translation>{name} มีขนาด {size} MB นำเข้าได้ไม่เกิน {limit} MB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is password-protected or an old .xls workbook; remove the password or save it as .xlsx (Excel Workbook) and try again</source>
        <translation>{name} มีรหัสผ่านหรือเป็นไฟล์ .xls แบบเก่า กรุณาเอารหัสผ่านออกหรือบันทึกเป็น .xlsx (Excel Workbook) แล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} is not an Excel workbook (.xlsx); save it as Excel Workbook (.xlsx) and try again</source>
        <translation>{name} ไม่ใช่สมุดงาน Excel (.xlsx) กรุณาบันทึกเป็น Excel Workbook (.xlsx) แล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{name} เป็นไฟล์ zip แต่ไม่ใช่สมุดงาน Excel (.xlsx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} contains macros; save it as a workbook without macros (.xlsx) and try again</source>
        <translation>{name} มีแมโคร กรุณาบันทึกเป็นสมุดงานที่ไม่มีแมโคร (.xlsx) แล้วลองใหม่</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} would unpack to {size} MB ({ratio} times its size); this is not a normal workbook and was not opened</source>
        <translation>{name} จะขยายเป็น {size} MB ({ratio} เท่าของขนาดไฟล์) ไม่ใช่สมุดงานปกติ จึงไม่เปิด</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/schema.py" line="+20"/>
        <source>ID (do not edit)</source>
        <translation>รหัส (ห้ามแก้ไข)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version (do not edit)</source>
        <translation>รุ่น (ห้ามแก้ไข)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete?</source>
        <translation>ลบ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row check (do not edit)</source>
        <translation>ตรวจแถว (ห้ามแก้ไข)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="+9"/>
        <source>Title (English)</source>
        <translation>ชื่อเรื่อง (อังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Thai)</source>
        <translation>ชื่อเรื่อง (ไทย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Lao)</source>
        <translation>ชื่อเรื่อง (ลาว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (English)</source>
        <translation>ชื่อ (อังกฤษ)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Thai)</source>
        <translation>ชื่อ (ไทย)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Lao)</source>
        <translation>ชื่อ (ลาว)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+9"/>
        <source>Course (training)</source>
        <translation>หลักสูตร (การฝึกอบรม)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours (training)</source>
        <translation>จำนวนชั่วโมง (การฝึกอบรม)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates issued (training)</source>
        <translation>วุฒิบัตรที่มอบ (การฝึกอบรม)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of expertise (expert exchange)</source>
        <translation>สาขาความเชี่ยวชาญ (แลกเปลี่ยนผู้เชี่ยวชาญ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert days (expert exchange)</source>
        <translation>จำนวนวัน (แลกเปลี่ยนผู้เชี่ยวชาญ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose (visit)</source>
        <translation>วัตถุประสงค์ (การเยือน)</translation>
    </message>
    <message>
        <location filename="../mouplanner/excel/values.py" line="+44"/>
        <source>a number</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>a number, e.g. 1,250.50</source>
        <translation>ตัวเลข เช่น 1,250.50</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a whole number</source>
        <translation>จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>a date, e.g. 7/2/2561 or 7 ก.พ. 2561</source>
        <translation>วันที่ เช่น 7/2/2561 หรือ 7 ก.พ. 2561</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>one of: {allowed}</source>
        <translation>ค่าใดค่าหนึ่งต่อไปนี้: {allowed}</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+35"/>
        <source>Host country</source>
        <translation>ประเทศเจ้าภาพ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Series: months to the next</source>
        <translation>ชุดการประชุม: จำนวนเดือนถึงครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+20"/>
        <source>Tacit renewal (years)</source>
        <translation>ต่ออายุโดยอัตโนมัติ (ปี)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice period (months)</source>
        <translation>ระยะเวลาแจ้งล่วงหน้า (เดือน)</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../mouplanner/exchange/fileformat.py" line="+59"/>
        <source>{name} is damaged or was changed after it was sent ({reason}); ask for the file again</source>
        <translation>{name} เสียหายหรือถูกแก้ไขหลังจากส่ง ({reason}) กรุณาขอไฟล์ใหม่</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} does not exist</source>
        <translation>ไม่พบ {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is too large to be an exchange file</source>
        <translation>{name} มีขนาดใหญ่เกินกว่าจะเป็นไฟล์แลกเปลี่ยน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a mouplanner exchange file (.mousync)</source>
        <translation>{name} ไม่ใช่ไฟล์แลกเปลี่ยนของ mouplanner (.mousync)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} was made by a newer version of mouplanner; update mouplanner to receive it</source>
        <translation>{name} สร้างด้วย mouplanner รุ่นที่ใหม่กว่า กรุณาปรับปรุง mouplanner ก่อนรับไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} belongs to another workspace, not to this one; nothing was received</source>
        <translation>{name} เป็นของพื้นที่ทำงานอื่น ไม่ใช่ของพื้นที่ทำงานนี้ จึงไม่ได้รับข้อมูลใด ๆ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{name} holds changes dated after {date}, ahead of this computer&apos;s clock; check the date and time on both laptops, then send the file again. Nothing was received</source>
        <translation>{name} มีการเปลี่ยนแปลงที่ลงวันที่หลัง {date} ซึ่งล้ำหน้านาฬิกาของเครื่องนี้ โปรดตรวจสอบวันที่และเวลาของทั้งสองเครื่อง แล้วส่งไฟล์อีกครั้ง ยังไม่ได้รับสิ่งใด</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/sync.py" line="+64"/>
        <source>{name} already exists; choose another name</source>
        <translation>มี {name} อยู่แล้ว กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the other laptop a name</source>
        <translation>กรุณาตั้งชื่อเครื่องอีกเครื่อง</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/direct.py" line="+108"/>
        <source>{name} and {other} are not copies of one workspace</source>
        <translation>{name} และ {other} ไม่ใช่สำเนาของพื้นที่ทำงานเดียวกัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is the server&apos;s own workspace, not a copy of it</source>
        <translation>{name} คือพื้นที่ทำงานของเซิร์ฟเวอร์เอง ไม่ใช่สำเนา</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/sync.py" line="+53"/>
        <source>nothing was sent: {name} is damaged ({reason}); restore its latest backup first</source>
        <translation>ยังไม่ได้ส่งสิ่งใด: {name} เสียหาย ({reason}) โปรดกู้คืนจากสำเนาสำรองล่าสุดก่อน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no laptop called {name} has exchanged with this one; send without a name to send everything</source>
        <translation>ไม่มีเครื่องชื่อ {name} ที่เคยแลกเปลี่ยนกับเครื่องนี้ ส่งโดยไม่ระบุชื่อเพื่อส่งทั้งหมด</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>{name} was sent by this laptop; receive it on the other one</source>
        <translation>{name} ส่งจากเครื่องนี้เอง กรุณารับไฟล์บนอีกเครื่อง</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>nothing was received: {name} is damaged ({reason}); restore its latest backup first</source>
        <translation>ยังไม่ได้รับสิ่งใด: {name} เสียหาย ({reason}) โปรดกู้คืนจากสำเนาสำรองล่าสุดก่อน</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nothing was received: {reason}</source>
        <translation>ยังไม่ได้รับสิ่งใด: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was received: the backup made first could not be written ({reason}); check the space on the disk and receive the file again</source>
        <translation>ไม่มีการรับการเปลี่ยนแปลงใด ๆ: ไม่สามารถบันทึกข้อมูลสำรองที่ต้องทำก่อนได้ ({reason}) โปรดตรวจสอบพื้นที่ว่างบนดิสก์ แล้วรับไฟล์อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/scoped.py" line="+78"/>
        <source>no agreement has the code {name}; `mouplanner summary` lists them</source>
        <translation>ไม่มีความตกลงที่มีรหัส {name} (`mouplanner summary` แสดงรายการทั้งหมด)</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+29"/>
        <source>Make a copy for another laptop</source>
        <translation>ทำสำเนาสำหรับเครื่องอื่น</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy for %1 written to %2</source>
        <translation>บันทึกสำเนาสำหรับ %1 ไว้ที่ %2 แล้ว</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send changes</source>
        <translation>ส่งการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changes written to %2</source>
        <translation>บันทึกการเปลี่ยนแปลง %1 รายการไว้ที่ %2</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/about.py" line="+27"/>
        <location filename="../mouplanner/ui/exchange_ui.py" line="+9"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Receive changes</source>
        <translation>รับการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/exchange_ui.py" line="-3"/>
        <location filename="../mouplanner/ui/server_sync.py" line="+129"/>
        <source>From %1: %2 new changes; %3 records created, %4 updated, %5 deleted, %6 restored.</source>
        <translation>จาก %1: การเปลี่ยนแปลงใหม่ %2 รายการ สร้าง %3 รายการ ปรับปรุง %4 ลบ %5 กู้คืน %6</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not taken by the server, which your rights there do not allow; they stay on this laptop (%1):</source>
        <translation>เซิร์ฟเวอร์ไม่รับ เพราะสิทธิ์ของคุณบนเซิร์ฟเวอร์ไม่อนุญาต ข้อมูลยังอยู่ในเครื่องนี้ (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not taken, because this workspace does not accept such values (%1):</source>
        <translation>ไม่ได้รับไว้ เนื่องจากพื้นที่ทำงานนี้ไม่ยอมรับค่าเหล่านี้ (%1):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conflicts that need a decision: %1. See the Conflicts view.</source>
        <translation>ข้อขัดแย้งที่ต้องตัดสินใจ: %1 รายการ ดูที่หน้าข้อขัดแย้ง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: never</source>
        <translation>%1: ยังไม่เคย</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 days ago</source>
        <translation>%1: %2 วันก่อน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: today</source>
        <translation>%1: วันนี้</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../mouplanner/ui/excel_dialogs.py" line="+48"/>
        <source>Export report</source>
        <translation>ส่งออกรายงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export PDF report</source>
        <translation>ส่งออกรายงาน PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export data workbook</source>
        <translation>ส่งออกสมุดงานข้อมูล</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only %1</source>
        <translation>เฉพาะ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>day/month/year (empty: no limit)</source>
        <translation>วัน/เดือน/ปี (เว้นว่าง: ไม่จำกัด)</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+5"/>
        <source>Scope</source>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Export calendar</source>
        <translation>ส่งออกปฏิทิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export to MS Project</source>
        <translation>ส่งออกไปยัง MS Project</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All agreements</source>
        <translation>ความตกลงทั้งหมด</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Period from</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period to</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities, milestones, meetings, action items&apos; due dates and agreements&apos; notice and expiry dates, with reminders. Import the file into Outlook, Thunderbird or Google Calendar; importing a later export updates the same events.</source>
        <translation>กิจกรรม หมุดหมาย การประชุม วันครบกำหนดของเรื่องที่ต้องดำเนินการ และวันแจ้งล่วงหน้าและวันหมดอายุของความตกลง พร้อมการเตือนล่วงหน้า นำเข้าไฟล์นี้ใน Outlook, Thunderbird หรือ Google Calendar; การนำเข้าไฟล์ที่ส่งออกครั้งหลังจะปรับปรุงรายการเดิม ไม่เพิ่มซ้ำ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreements, areas and workstreams as summary tasks; milestones and activities as tasks with their planned and actual dates, dependencies and saved baselines; a working calendar without the public holidays. Opens in MS Project, ProjectLibre and GanttProject.</source>
        <translation>ความตกลง สาขาความร่วมมือ และแผนงานเป็นงานสรุป; หมุดหมายและกิจกรรมเป็นงานพร้อมวันตามแผนและวันจริง ความเชื่อมโยง และแผนฐานที่บันทึกไว้; ปฏิทินวันทำการที่ไม่รวมวันหยุดราชการ เปิดได้ใน MS Project, ProjectLibre และ GanttProject</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data</source>
        <translation>ข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>plan</source>
        <translation>แผน</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the file to write.</source>
        <translation>กรุณาเลือกไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled: no file was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้บันทึกไฟล์ใด ๆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed and no file was written: %1</source>
        <translation>การส่งออกล้มเหลวและไม่ได้บันทึกไฟล์: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Excel template</source>
        <translation>แม่แบบ Excel ใหม่</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../mouplanner/ui/file_field.py" line="+17"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../mouplanner/ui/forms/children.py" line="+53"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Row %1: choose the %2</source>
        <translation>แถวที่ %1: กรุณาเลือก%2</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="-5"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="-1"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-19"/>
        <location filename="../mouplanner/kinds/people.py" line="+1"/>
        <source>Country (ISO code)</source>
        <translation>ประเทศ (รหัส ISO)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../mouplanner/kinds/people.py" line="+2"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+27"/>
        <location filename="../mouplanner/kinds/people.py" line="+9"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="+1"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/shared.py" line="+3"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-36"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+1"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+2"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-14"/>
        <location line="+67"/>
        <location line="+17"/>
        <location filename="../mouplanner/kinds/plans.py" line="+15"/>
        <location line="+25"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <source>Signed</source>
        <translation>วันที่ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective from</source>
        <translation>มีผลตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renews by itself for (years)</source>
        <translation>ต่ออายุโดยอัตโนมัติครั้งละ (ปี)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice before expiry (months)</source>
        <translation>แจ้งล่วงหน้าก่อนหมดอายุ (เดือน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Document reference</source>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Parties</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+46"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+23"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-56"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+1"/>
        <source>Side (1 or 2)</source>
        <translation>ฝ่าย (1 หรือ 2)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-1"/>
        <location filename="../mouplanner/kinds/agreements.py" line="+31"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-2"/>
        <location filename="../mouplanner/kinds/plans.py" line="-10"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="+1"/>
        <source>Signed as</source>
        <translation>ลงนามในฐานะ</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+13"/>
        <location line="+11"/>
        <location line="+9"/>
        <location filename="../mouplanner/kinds/documents.py" line="+16"/>
        <location filename="../mouplanner/kinds/indicators.py" line="+13"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-33"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Renewals, amendments and notices</source>
        <translation>การต่ออายุ การแก้ไข และการแจ้งบอกเลิก</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Term now runs until</source>
        <translation>มีผลถึง</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+43"/>
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <location filename="../mouplanner/kinds/documents.py" line="-4"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-41"/>
        <location filename="../mouplanner/kinds/plans.py" line="-18"/>
        <source>Cooperation area</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+4"/>
        <source>Lead organisation, side 1</source>
        <translation>หน่วยงานหลัก ฝ่ายที่ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead organisation, side 2</source>
        <translation>หน่วยงานหลัก ฝ่ายที่ 2</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-43"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Planned start</source>
        <translation>เริ่มตามแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Planned end</source>
        <translation>สิ้นสุดตามแผน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Coordinators</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-7"/>
        <location filename="../mouplanner/kinds/documents.py" line="+8"/>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+45"/>
        <location line="+12"/>
        <location line="+16"/>
        <location filename="../mouplanner/kinds/plans.py" line="+5"/>
        <location line="+8"/>
        <source>Workstream</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="+4"/>
        <source>Planned date</source>
        <translation>วันที่ตามแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>วันที่จริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliverable</source>
        <translation>ผลผลิตที่ต้องส่งมอบ</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>After milestone</source>
        <translation>หลังหมุดหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After activity</source>
        <translation>หลังกิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>ลักษณะการเชื่อมโยง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag (days)</source>
        <translation>ระยะห่าง (วัน)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+41"/>
        <location filename="../mouplanner/kinds/plans.py" line="-10"/>
        <source>Depends on</source>
        <translation>ต้องรอ</translation>
    </message>
    <message>
        <location line="-39"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+1"/>
        <location filename="../mouplanner/kinds/plans.py" line="+5"/>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction</source>
        <translation>ทิศทาง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual start</source>
        <translation>เริ่มจริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual end</source>
        <translation>สิ้นสุดจริง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host organisation</source>
        <translation>หน่วยงานเจ้าภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other participants (not named)</source>
        <translation>ผู้เข้าร่วมอื่น (ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-58"/>
        <source>of whom women</source>
        <translation>ในจำนวนนี้เป็นหญิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>แหล่งงบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates issued</source>
        <translation>วุฒิบัตรที่มอบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field of expertise</source>
        <translation>สาขาความเชี่ยวชาญ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert days</source>
        <translation>จำนวนวันของผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose of the visit</source>
        <translation>วัตถุประสงค์ของการเยือน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outputs</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participants (named)</source>
        <translation>ผู้เข้าร่วม (ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../mouplanner/kinds/documents.py" line="+1"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+59"/>
        <location filename="../mouplanner/kinds/plans.py" line="+1"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="+1"/>
        <source>Unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline year or period</source>
        <translation>ปีหรือช่วงของค่าฐาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Targets and actuals</source>
        <translation>ค่าเป้าหมายและผลจริง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>ผลจริง</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/forms/form.py" line="+181"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Edit %1: %2</source>
        <translation>แก้ไข%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New %1</source>
        <translation>%1ใหม่</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>To save, complete: %1</source>
        <translation>กรอกให้ครบก่อนบันทึก: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard your changes to this record?</source>
        <translation>ทิ้งการแก้ไขระเบียนนี้หรือไม่?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard changes</source>
        <translation>ทิ้งการแก้ไข</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>แก้ไขต่อ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>edit %1 “%2”</source>
        <translation>แก้ไข%1 “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create %1 “%2”</source>
        <translation>สร้าง%1 “%2”</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/forms/fields.py" line="+177"/>
        <source>no record is called “{text}”; type part of a name and pick one from the list</source>
        <translation>ไม่มีระเบียนชื่อ “{text}” พิมพ์บางส่วนของชื่อแล้วเลือกจากรายการ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="-10"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size (bytes)</source>
        <translation>ขนาด (ไบต์)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content (SHA-256)</source>
        <translation>เนื้อหา (SHA-256)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal or amendment</source>
        <translation>การต่ออายุหรือการแก้ไข</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/kinds/meetings.py" line="-89"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+15"/>
        <source>Body</source>
        <translation>คณะที่ประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-34"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+3"/>
        <location line="+81"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-80"/>
        <source>Until</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at (hh:mm)</source>
        <translation>เริ่มเวลา (ชช:นน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone</source>
        <translation>เขตเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country (ISO code)</source>
        <translation>ประเทศเจ้าภาพ (รหัส ISO)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Venue</source>
        <translation>สถานที่จัด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online link</source>
        <translation>ลิงก์ออนไลน์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair, side 1</source>
        <translation>ประธานร่วม ฝ่ายที่ 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair, side 2</source>
        <translation>ประธานร่วม ฝ่ายที่ 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other attendees (not named)</source>
        <translation>ผู้เข้าประชุมอื่น (ไม่ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meets again after (months)</source>
        <translation>ประชุมครั้งถัดไปในอีก (เดือน)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next meeting hosted by</source>
        <translation>เจ้าภาพการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees (named)</source>
        <translation>ผู้เข้าประชุม (ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kind of item</source>
        <translation>ประเภทวาระ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by</source>
        <translation>ผู้นำเสนอ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes (English)</source>
        <translation>บันทึกการประชุม (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes (Thai)</source>
        <translation>บันทึกการประชุม (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes (Lao)</source>
        <translation>บันทึกการประชุม (ภาษาลาว)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Decision (English)</source>
        <translation>มติ (ภาษาอังกฤษ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision (Thai)</source>
        <translation>มติ (ภาษาไทย)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision (Lao)</source>
        <translation>มติ (ภาษาลาว)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Updates</source>
        <translation>ความคืบหน้า</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="+3"/>
        <location filename="../mouplanner/kinds/meetings.py" line="+5"/>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="+3"/>
        <source>Reviewed at</source>
        <translation>ทบทวนในการประชุม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>ความคืบหน้า</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../mouplanner/ui/history_dialog.py" line="+27"/>
        <source>History: %1</source>
        <translation>ประวัติ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old → new</source>
        <translation>เดิม → ใหม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created</source>
        <translation>สร้าง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>Iati</name>
    <message>
        <location filename="../mouplanner/services/iati_data.py" line="+249"/>
        <source>agreement {name}: no title</source>
        <translation>ความตกลง {name}: ไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no title</source>
        <translation>แผนงาน {name}: ไม่มีชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {name}: no description (notes)</source>
        <translation>ความตกลง {name}: ไม่มีคำอธิบาย (หมายเหตุ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no description (objective)</source>
        <translation>แผนงาน {name}: ไม่มีคำอธิบาย (วัตถุประสงค์)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement {name}: no participating organisation (the agreement&apos;s parties)</source>
        <translation>ความตกลง {name}: ไม่มีหน่วยงานที่เข้าร่วม (ภาคีของความตกลง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no participating organisation (the agreement&apos;s parties)</source>
        <translation>แผนงาน {name}: ไม่มีหน่วยงานที่เข้าร่วม (ภาคีของความตกลง)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement {name}: no date (signed or in force from)</source>
        <translation>ความตกลง {name}: ไม่มีวันที่ (วันลงนามหรือวันที่มีผล)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workstream {name}: no date (planned start or end)</source>
        <translation>แผนงาน {name}: ไม่มีวันที่ (วันเริ่มหรือวันสิ้นสุดตามแผน)</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/iati_settings.py" line="-44"/>
        <source>IATI settings: no reporting organisation</source>
        <translation>การตั้งค่า IATI: ยังไม่ได้ระบุหน่วยงานผู้รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no reporting organisation&apos;s IATI identifier</source>
        <translation>การตั้งค่า IATI: ยังไม่ได้ระบุรหัส IATI ของหน่วยงานผู้รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no reporting organisation&apos;s type</source>
        <translation>การตั้งค่า IATI: ยังไม่ได้ระบุประเภทของหน่วยงานผู้รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no sector</source>
        <translation>การตั้งค่า IATI: ยังไม่ได้ระบุสาขา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IATI settings: no aid type</source>
        <translation>การตั้งค่า IATI: ยังไม่ได้ระบุประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location filename="../mouplanner/standards/iati.py" line="+93"/>
        <source>an agreement in the scope</source>
        <translation>ความตกลงในขอบเขตที่เลือก</translation>
    </message>
</context>
<context>
    <name>IatiDialog</name>
    <message>
        <location filename="../mouplanner/ui/iati_dialog.py" line="+52"/>
        <source>Export IATI activity file</source>
        <translation>ส่งออกไฟล์กิจกรรม IATI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Publisher (kept with this workspace)</source>
        <translation>ผู้เผยแพร่ (บันทึกไว้กับพื้นที่ทำงานนี้)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reporting organisation</source>
        <translation>หน่วยงานผู้รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its IATI identifier</source>
        <translation>รหัส IATI ของหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its type</source>
        <translation>ประเภทหน่วยงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sectors (DAC 5-digit codes)</source>
        <translation>สาขา (รหัส DAC 5 หลัก)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aid type</source>
        <translation>ประเภทความช่วยเหลือ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents published at</source>
        <translation>เอกสารเผยแพร่ที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Scope</source>
        <translation>ขอบเขต</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>All agreements</source>
        <translation>ความตกลงทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1</source>
        <translation>เฉพาะ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a DAC sector code</source>
        <translation>ไม่ใช่รหัสสาขา DAC</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose a file in a folder that exists.</source>
        <translation>เลือกไฟล์ในโฟลเดอร์ที่มีอยู่</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file could not be written: %1</source>
        <translation>เขียนไฟล์ไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>IdTableModel</name>
    <message>
        <location filename="../mouplanner/ui/table_model.py" line="+158"/>
        <source>Overdue: planned for %1</source>
        <translation>เลยกำหนด: กำหนดไว้ %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown in %1: no text in this language yet</source>
        <translation>แสดงเป็นภาษา%1: ยังไม่มีข้อความในภาษานี้</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../mouplanner/ui/import_wizard.py" line="+218"/>
        <source>Import from Excel</source>
        <translation>นำเข้าจาก Excel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Apply</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the workbook…</source>
        <translation>กำลังตรวจสอบสมุดงาน…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>ยกเลิกแล้ว: ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The workbook could not be read; nothing was changed: %1</source>
        <translation>อ่านสมุดงานไม่ได้ จึงไม่มีการเปลี่ยนแปลงใด ๆ: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import “%1”</source>
        <translation>นำเข้า “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing…</source>
        <translation>กำลังนำเข้า…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+17"/>
        <source>Ministry</source>
        <translation>กระทรวง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>หน่วยงานของรัฐ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State enterprise</source>
        <translation>รัฐวิสาหกิจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>University</source>
        <translation>มหาวิทยาลัย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>International body</source>
        <translation>องค์การระหว่างประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Female</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Male</source>
        <translation>ชาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unspecified</source>
        <translation>ไม่ระบุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>In force</source>
        <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+60"/>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+60"/>
        <source>Terminated</source>
        <translation>สิ้นสุดก่อนกำหนด</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+57"/>
        <source>Renewed</source>
        <translation>ต่ออายุแล้ว</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/agreement.py" line="+63"/>
        <location filename="../mouplanner/locale/labels.py" line="-56"/>
        <source>Signatory</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Implementing</source>
        <translation>หน่วยปฏิบัติ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+14"/>
        <location line="+21"/>
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Active</source>
        <translation>ดำเนินการอยู่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hold</source>
        <translation>ระงับชั่วคราว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>แล้วเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+15"/>
        <location line="+20"/>
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+15"/>
        <location line="+50"/>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+15"/>
        <location line="+50"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>การเยือน/ศึกษาดูงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert exchange</source>
        <translation>การแลกเปลี่ยนผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/meeting.py" line="+21"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <location line="+105"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendee</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Agenda item</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decision</source>
        <translation>มติ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Action item</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action item update</source>
        <translation>ความคืบหน้าของเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="-104"/>
        <source>Workshop / seminar</source>
        <translation>ประชุมเชิงปฏิบัติการ/สัมมนา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exhibition</source>
        <translation>นิทรรศการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint project</source>
        <translation>โครงการร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information exchange</source>
        <translation>การแลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <location line="+11"/>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postponed</source>
        <translation>เลื่อนออกไป</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thailand → Lao PDR</source>
        <translation>ไทย → สปป.ลาว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao PDR → Thailand</source>
        <translation>สปป.ลาว → ไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint</source>
        <translation>ร่วมกัน</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+35"/>
        <source>Head of delegation</source>
        <translation>หัวหน้าคณะ</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Trainee</source>
        <translation>ผู้เข้ารับการอบรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer</source>
        <translation>วิทยากร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert</source>
        <translation>ผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>ผู้บรรยาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joint working group</source>
        <translation>คณะทำงานร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senior officials</source>
        <translation>เจ้าหน้าที่อาวุโส</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ministerial</source>
        <translation>ระดับรัฐมนตรี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical</source>
        <translation>ระดับวิชาการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Held</source>
        <translation>จัดประชุมแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes drafted</source>
        <translation>ร่างบันทึกการประชุมแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes agreed</source>
        <translation>รับรองบันทึกการประชุมแล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Renewal</source>
        <translation>การต่ออายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendment</source>
        <translation>การแก้ไขเพิ่มเติม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice not to renew</source>
        <translation>แจ้งไม่ต่ออายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Termination</source>
        <translation>การยกเลิก</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet in force</source>
        <translation>ยังไม่มีผลบังคับใช้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In its notice period</source>
        <translation>อยู่ในช่วงระยะเวลาแจ้งล่วงหน้า</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish to start</source>
        <translation>เสร็จแล้วจึงเริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start to start</source>
        <translation>เริ่มพร้อมกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish to finish</source>
        <translation>เสร็จพร้อมกัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start to finish</source>
        <translation>เริ่มแล้วจึงเสร็จ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternating between the parties</source>
        <translation>สลับกันระหว่างภาคี</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same host</source>
        <translation>เจ้าภาพเดิม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matters arising</source>
        <translation>เรื่องสืบเนื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-chair</source>
        <translation>ประธานร่วม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presenter</source>
        <translation>ผู้นำเสนอ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretariat</source>
        <translation>ฝ่ายเลขานุการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>ผู้สังเกตการณ์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>ยังไม่เริ่ม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dropped</source>
        <translation>ไม่ดำเนินการต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>THB</source>
        <translation>THB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LAK</source>
        <translation>LAK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>สถานที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>เจ้าภาพ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>ครั้งที่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>คณะที่ประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host country</source>
        <translation>ประเทศเจ้าภาพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>สถานที่จัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/plan.py" line="+17"/>
        <location filename="../mouplanner/locale/labels.py" line="-29"/>
        <source>Workstream</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-1"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Women</source>
        <translation>หญิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>งบประมาณ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned date</source>
        <translation>วันที่ตามแผน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual date</source>
        <translation>วันที่จริง</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actual</source>
        <translation>ผลจริง</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="-18"/>
        <source>Organisations</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-26"/>
        <source>Agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Renewals and amendments</source>
        <translation>การต่ออายุและการแก้ไข</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreement parties</source>
        <translation>ภาคีความตกลง</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cooperation areas</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="-42"/>
        <source>Workstreams</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Coordinators</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dependencies</source>
        <translation>ความเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="-48"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="-22"/>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Indicator periods</source>
        <translation>ช่วงเวลาของตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="-13"/>
        <source>Deliverable</source>
        <translation>ผลผลิตที่ต้องส่งมอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/org.py" line="+15"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>เพศ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/indicator.py" line="+18"/>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/labels.py" line="+1"/>
        <source>Unit</source>
        <translation>หน่วยนับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>ค่าฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Achieved %</source>
        <translation>บรรลุ %</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/org.py" line="+9"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/agreement.py" line="-46"/>
        <location filename="../mouplanner/locale/labels.py" line="+6"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Renewal or amendment</source>
        <translation>การต่ออายุหรือการแก้ไข</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agreement party</source>
        <translation>ภาคีความตกลง</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cooperation area</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/plan.py" line="+13"/>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dependency</source>
        <translation>ความเชื่อมโยง</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/activity.py" line="+19"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/indicator.py" line="+13"/>
        <source>Indicator period</source>
        <translation>ช่วงเวลาของตัวชี้วัด</translation>
    </message>
    <message>
        <location filename="../mouplanner/locale/periods.py" line="+18"/>
        <source>Q%1</source>
        <translation>ไตรมาส %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>people</source>
        <translation>คน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>persons</source>
        <translation>คน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million people</source>
        <translation>ล้านคน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>women</source>
        <translation>ผู้หญิง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>courses</source>
        <translation>หลักสูตร</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainings</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events</source>
        <translation>ครั้ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visits</source>
        <translation>การเยือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>projects</source>
        <translation>โครงการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startups</source>
        <translation>สตาร์ทอัพ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centres</source>
        <translation>ศูนย์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days</source>
        <translation>วัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>households</source>
        <translation>ครัวเรือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>villages</source>
        <translation>หมู่บ้าน</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-92"/>
        <source>Meetings</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Agenda items</source>
        <translation>ระเบียบวาระ</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decisions</source>
        <translation>มติ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action item updates</source>
        <translation>ความคืบหน้าของเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/document.py" line="+21"/>
        <source>Document</source>
        <translation>เอกสาร</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/documents.py" line="-12"/>
        <source>Documents</source>
        <translation>เอกสาร</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="+258"/>
        <source>&amp;New workspace…</source>
        <translation>พื้นที่ทำงานใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>เปิด… (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to &amp;server…</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ri&amp;ghts…</source>
        <translation>สิทธิ์การใช้งาน… (&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>บันทึกสำเนา… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close workspace</source>
        <translation>ปิดพื้นที่ทำงาน (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New record</source>
        <translation>สร้างรายการใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit record</source>
        <translation>แก้ไขรายการ (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete record</source>
        <translation>ลบรายการ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;history</source>
        <translation>ประวัติการแก้ไข (&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report to Excel…</source>
        <translation>ส่งออกรายงานเป็น Excel… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;data workbook…</source>
        <translation>ส่งออกสมุดงานข้อมูล… (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;PDF report…</source>
        <translation>ส่งออกรายงาน PDF… (&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About mouplanner</source>
        <translation>เกี่ยวกับ mouplanner (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;calendar (.ics)…</source>
        <translation>ส่งออกปฏิทิน (.ics)… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to MS Pro&amp;ject (.xml)…</source>
        <translation>ส่งออกไปยัง MS Project (.xml)… (&amp;J)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export I&amp;ATI activity file (.xml)…</source>
        <translation>ส่งออกไฟล์กิจกรรม IATI (.xml)… (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting &amp;minutes…</source>
        <translation>&amp;รายงานการประชุม…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Excel &amp;template…</source>
        <translation>แม่แบบ Excel ใหม่… (&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import from Excel…</source>
        <translation>นำเข้าจาก Excel… (&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from MS Project (.&amp;xml)…</source>
        <translation>นำเข้าจาก MS Project (.xml)… (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a &amp;copy for another laptop…</source>
        <translation>ทำสำเนาสำหรับเครื่องอื่น… (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Send changes…</source>
        <translation>ส่งการเปลี่ยนแปลง… (&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Receive changes…</source>
        <translation>รับการเปลี่ยนแปลง… (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync with the ser&amp;ver</source>
        <translation>ซิงก์กับเซิร์ฟเวอร์ (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from &amp;backup…</source>
        <translation>กู้คืนจากข้อมูลสำรอง… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/agreements.py" line="-40"/>
        <source>New agreement…</source>
        <translation>ความตกลงใหม่…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>New cooperation area…</source>
        <translation>ด้านความร่วมมือใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/plans.py" line="-28"/>
        <source>New workstream…</source>
        <translation>แผนงานใหม่…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>New milestone…</source>
        <translation>หมุดหมายใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/activities.py" line="+37"/>
        <source>New activity…</source>
        <translation>กิจกรรมใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/people.py" line="+10"/>
        <source>New person…</source>
        <translation>บุคคลใหม่…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>New organisation…</source>
        <translation>หน่วยงานใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/indicators.py" line="-5"/>
        <source>New indicator…</source>
        <translation>ตัวชี้วัดใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="+6"/>
        <source>&amp;File</source>
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;recent</source>
        <translation>เปิดล่าสุด (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xchange with another laptop</source>
        <translation>แลกเปลี่ยนกับเครื่องอื่น (&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add</source>
        <translation>เพิ่ม (&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>ภาษา (&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>English</source>
        <translation>อังกฤษ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai</source>
        <translation>ไทย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lao</source>
        <translation>ลาว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buddhist-era years (พ.ศ.)</source>
        <translation>แสดงปีเป็นพุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai or Lao digits</source>
        <translation>ใช้เลขไทย</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ: %1 (&amp;U)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>%1 (server)</source>
        <translation>%1 (เซิร์ฟเวอร์)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Undo</source>
        <translation>เลิกทำ (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>ทำซ้ำ: %1 (&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="+117"/>
        <source>Opening the workspace…</source>
        <translation>กำลังเปิดพื้นที่ทำงาน…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Workspace in use</source>
        <translation>พื้นที่ทำงานกำลังถูกใช้งาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open read-only</source>
        <translation>เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <location line="+5"/>
        <source>Cannot open workspace</source>
        <translation>เปิดพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/backup_dialog.py" line="+110"/>
        <source>Damaged workspace</source>
        <translation>พื้นที่ทำงานเสียหาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is damaged ({reason}). Nothing more will be written into it.</source>
        <translation>{name} เสียหาย ({reason}) จะไม่มีการบันทึกสิ่งใดลงในไฟล์นี้อีก</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/ui/main_window.py" line="-4"/>
        <source>Replace it with its latest backup? The damaged file is kept as a backup too.</source>
        <translation>แทนที่ด้วยข้อมูลสำรองล่าสุดหรือไม่ ไฟล์ที่เสียหายจะถูกเก็บเป็นข้อมูลสำรองด้วย</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../mouplanner/ui/main_window.py" line="+1"/>
        <source>Restore the latest backup</source>
        <translation>กู้คืนข้อมูลสำรองล่าสุด</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="-27"/>
        <source>Workspace on a network share</source>
        <translation>พื้นที่ทำงานอยู่บนไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workspace is on a network share or removable drive. mouplanner uses the safer rollback journal there, but a copy on this laptop is faster and safer: keep working on a local copy and exchange changes.</source>
        <translation>พื้นที่ทำงานนี้อยู่บนไดรฟ์เครือข่ายหรือไดรฟ์แบบถอดได้ mouplanner จะใช้วิธีบันทึกที่ปลอดภัยกว่า แต่สำเนาบนเครื่องนี้เร็วและปลอดภัยกว่า: ทำงานบนสำเนาในเครื่องและแลกเปลี่ยนการเปลี่ยนแปลงแทน</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 — mouplanner</source>
        <translation>%1 — mouplanner ระบบติดตามบันทึกความเข้าใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(read-only)</source>
        <translation>(อ่านอย่างเดียว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · เข้าระบบในชื่อ %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · this laptop: %2</source>
        <translation>%1 · เครื่องนี้: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last exchange — %1</source>
        <translation>แลกเปลี่ยนล่าสุด — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A laptop has not exchanged changes for more than a month</source>
        <translation>มีเครื่องที่ไม่ได้แลกเปลี่ยนข้อมูลมากกว่าหนึ่งเดือนแล้ว</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/gallery.py" line="+216"/>
        <location filename="../mouplanner/ui/main_window.py" line="+11"/>
        <source>Open workspace</source>
        <translation>เปิดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="+6"/>
        <source>New workspace</source>
        <translation>พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot create workspace</source>
        <translation>สร้างพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+3"/>
        <source>Cannot save a copy</source>
        <translation>บันทึกสำเนาไม่ได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy saved to %1</source>
        <translation>บันทึกสำเนาไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mouplanner workspace (*.mouplan)</source>
        <translation>พื้นที่ทำงาน mouplanner (*.mouplan)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/main_actions.py" line="-50"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/excel_dialogs.py" line="+41"/>
        <location filename="../mouplanner/ui/iati_dialog.py" line="+16"/>
        <location filename="../mouplanner/ui/main_window.py" line="+18"/>
        <location filename="../mouplanner/ui/minutes_dialog.py" line="+161"/>
        <source>Written to %1</source>
        <translation>บันทึกไว้ที่ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../mouplanner/kinds/meetings.py" line="-59"/>
        <source>New meeting…</source>
        <translation>การประชุมใหม่…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New agenda item…</source>
        <translation>ระเบียบวาระใหม่…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New decision…</source>
        <translation>มติใหม่…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New action item…</source>
        <translation>เรื่องที่ต้องดำเนินการใหม่…</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/plan_import_dialog.py" line="+138"/>
        <source>Import from MS Project</source>
        <translation>นำเข้าจาก MS Project</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../mouplanner/ui/forms/meeting_panel.py" line="+43"/>
        <source>Agenda, decisions and action items</source>
        <translation>วาระ มติ และเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Item</source>
        <translation>วาระ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due and status</source>
        <translation>กำหนดเสร็จและสถานะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan the next meeting</source>
        <translation>วางแผนการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes…</source>
        <translation>รายงานการประชุม…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(no title)</source>
        <translation>(ไม่มีชื่อเรื่อง)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Matters arising (not on the agenda)</source>
        <translation>เรื่องสืบเนื่อง (ไม่อยู่ในวาระ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions not under an agenda item</source>
        <translation>มติที่ไม่อยู่ภายใต้วาระใด</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items not under an agenda item</source>
        <translation>เรื่องที่ต้องดำเนินการที่ไม่อยู่ภายใต้วาระใด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agenda yet: add its items with Add → New agenda item…</source>
        <translation>ยังไม่มีวาระ: เพิ่มวาระได้ที่ เพิ่ม → วาระการประชุมใหม่…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Decision: %1</source>
        <translation>มติ: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arising (%1): %2</source>
        <translation>สืบเนื่อง (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action: %1</source>
        <translation>ดำเนินการ: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save this meeting first: the next one is planned from it as it is saved.</source>
        <translation>กรุณาบันทึกการประชุมนี้ก่อน: การประชุมครั้งถัดไปจะวางแผนจากข้อมูลที่บันทึกแล้ว</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan the next meeting</source>
        <translation>วางแผนการประชุมครั้งถัดไป</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This meeting was deleted meanwhile.</source>
        <translation>การประชุมนี้ถูกลบไปแล้วในระหว่างนี้</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written to %1</source>
        <translation>บันทึกไปที่ %1</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../mouplanner/minutes/content.py" line="+195"/>
        <source>Minutes of the %1</source>
        <translation>รายงาน%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Co-chairs</source>
        <translation>ประธานร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendees</source>
        <translation>ผู้เข้าประชุม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Side %1</source>
        <translation>ฝ่ายที่ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In all %1 attendees, of whom %2 women (%3 not named above).</source>
        <translation>ผู้เข้าประชุมทั้งหมด %1 คน เป็นหญิง %2 คน (ไม่ได้ระบุชื่อข้างต้น %3 คน)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda</source>
        <translation>ระเบียบวาระการประชุม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proceedings</source>
        <translation>สรุปผลการประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented by %1</source>
        <translation>นำเสนอโดย %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action item was open from earlier meetings.</source>
        <translation>ไม่มีเรื่องที่ต้องดำเนินการค้างจากการประชุมครั้งก่อน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: %1</source>
        <translation>มติ: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action: %1 (%2, by %3)</source>
        <translation>ดำเนินการ: %1 (%2 ภายใน %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>มติ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action items</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No action item was handed out.</source>
        <translation>ไม่มีการมอบหมายเรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No.</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>เรื่องที่ต้องดำเนินการ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>ความก้าวหน้า</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the %1</source>
        <translation>ในนาม%1</translation>
    </message>
</context>
<context>
    <name>MinutesDialog</name>
    <message>
        <location filename="../mouplanner/ui/minutes_dialog.py" line="-123"/>
        <source>Meeting minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>ไม่มีวันที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2 side by side</source>
        <translation>%1 และ %2 คู่กัน</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Word document (.docx)</source>
        <translation>เอกสาร Word (.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write</source>
        <translation>บันทึกไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This workspace has no meeting yet.</source>
        <translation>พื้นที่ทำงานนี้ยังไม่มีการประชุม</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>minutes</source>
        <translation>รายงานการประชุม</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file to write.</source>
        <translation>กรุณาเลือกไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This meeting was deleted meanwhile.</source>
        <translation>การประชุมนี้ถูกลบไปแล้วในระหว่างนี้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The minutes could not be written: %1</source>
        <translation>บันทึกรายงานการประชุมไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message numerus="yes">
        <location filename="../mouplanner/ui/navigator.py" line="+67"/>
        <source>%n cooperation area(s)</source>
        <translation>
            <numerusform>%n ด้านความร่วมมือ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n workstream(s)</source>
        <translation>
            <numerusform>%n แผนงาน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n กิจกรรม</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n overdue milestone(s)</source>
        <translation>
            <numerusform>หมุดหมายเลยกำหนด %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>All agreements</source>
        <translation>ความตกลงทั้งหมด</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../mouplanner/ui/server_connect.py" line="-64"/>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 for %2 on %3:</source>
        <translation>รหัสผ่านของ %1 สำหรับ %2 บน %3:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not accept that password. Try again.</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับรหัสผ่านนั้น ลองอีกครั้ง</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it in this computer&apos;s keyring</source>
        <translation>เก็บไว้ในที่เก็บรหัสผ่านของเครื่องนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer has no keyring: the password is asked each time</source>
        <translation>เครื่องนี้ไม่มีที่เก็บรหัสผ่าน: จะถามรหัสผ่านทุกครั้ง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../mouplanner/standards/mspdi_import.py" line="-117"/>
        <source>task {uid} “{task}”: its record is no longer in the workspace</source>
        <translation>งาน {uid} “{task}”: ระเบียนของงานนี้ไม่อยู่ในพื้นที่ทำงานแล้ว</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>task {uid} “{task}”: {key} is not a milestone or an activity</source>
        <translation>งาน {uid} “{task}”: {key} ไม่ใช่หมุดหมายหรือกิจกรรม</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task {uid} “{task}”: a summary task mouplanner did not export (not imported)</source>
        <translation>งาน {uid} “{task}”: งานสรุปที่ไม่ได้ส่งออกจาก mouplanner (ไม่นำเข้า)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>task {uid} “{task}”: not under one of mouplanner&apos;s workstreams</source>
        <translation>งาน {uid} “{task}”: ไม่ได้อยู่ภายใต้แผนงานของ mouplanner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task {uid} “{task}”: it has no start date</source>
        <translation>งาน {uid} “{task}”: ไม่มีวันเริ่ม</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>task {uid} “{task}”: its {link} link from task {other} (mouplanner links its milestones and activities)</source>
        <translation>งาน {uid} “{task}”: การเชื่อมโยงแบบ {link} จากงาน {other} (mouplanner เชื่อมโยงได้เฉพาะหมุดหมายและกิจกรรม)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{resources} resources and {assignments} assignments (mouplanner keeps people on activities, not as resources)</source>
        <translation>ทรัพยากร {resources} รายการ และการมอบหมาย {assignments} รายการ (mouplanner เก็บบุคคลไว้กับกิจกรรม ไม่ใช่เป็นทรัพยากร)</translation>
    </message>
</context>
<context>
    <name>PlanImportDialog</name>
    <message>
        <location filename="../mouplanner/ui/plan_import_dialog.py" line="-96"/>
        <source>Import from MS Project: %1</source>
        <translation>นำเข้าจาก MS Project: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>ช่องข้อมูล</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>ปัจจุบัน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the file</source>
        <translation>ในไฟล์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take the file&apos;s values</source>
        <translation>ใช้ค่าจากไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the workspace&apos;s values</source>
        <translation>คงค่าในพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conflicts:</source>
        <translation>ข้อขัดแย้ง:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Apply</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflicts with edits made here since the export</source>
        <translation>ขัดแย้งกับการแก้ไขในพื้นที่ทำงานนี้หลังการส่งออก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New records (%1)</source>
        <translation>ระเบียนใหม่ (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New dependencies (%1)</source>
        <translation>ความเชื่อมโยงใหม่ (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not mapped (%1)</source>
        <translation>นำเข้าไม่ได้ (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing has changed yet. %1 changes (%2 conflicts), %3 new records, %4 new dependencies; %5 parts of the file are not mapped.</source>
        <translation>ยังไม่มีการเปลี่ยนแปลงใด: เปลี่ยนแปลง %1 รายการ (ขัดแย้ง %2), ระเบียนใหม่ %3, ความเชื่อมโยงใหม่ %4; ส่วนของไฟล์ที่นำเข้าไม่ได้ %5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import “%1”</source>
        <translation>นำเข้า “%1”</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../mouplanner/ui/list_view.py" line="+241"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Search (Ctrl+F): title, place, organisation, people</source>
        <translation>ค้นหา (Ctrl+F): ชื่อเรื่อง สถานที่ หน่วยงาน บุคคล</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message numerus="yes">
        <location line="-19"/>
        <source>%n row(s) copied</source>
        <translation>
            <numerusform>คัดลอก %n แถวแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>ส่งออก…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the list as shown (its columns, search, filters and order) to Excel or CSV. Ctrl+C copies the selected rows as a table; right-click a column&apos;s header to show or hide columns.</source>
        <translation>บันทึกรายการตามที่เห็น (คอลัมน์ การค้นหา ตัวกรอง และลำดับ) เป็นไฟล์ Excel หรือ CSV; Ctrl+C คัดลอกแถวที่เลือกเป็นตาราง; คลิกขวาที่หัวคอลัมน์เพื่อแสดงหรือซ่อนคอลัมน์</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search (Ctrl+F): title, deliverable</source>
        <translation>ค้นหา (Ctrl+F): ชื่อเรื่อง ผลผลิตที่ต้องส่งมอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): name, position, e-mail</source>
        <translation>ค้นหา (Ctrl+F): ชื่อ ตำแหน่ง อีเมล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): name, short name</source>
        <translation>ค้นหา (Ctrl+F): ชื่อ ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search (Ctrl+F): indicator name</source>
        <translation>ค้นหา (Ctrl+F): ชื่อตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search (Ctrl+F)</source>
        <translation>ค้นหา (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/list_export.py" line="+95"/>
        <source>Export the list</source>
        <translation>ส่งออกรายการ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A list is exported as .xlsx or .csv; name the file so.</source>
        <translation>รายการส่งออกเป็น .xlsx หรือ .csv เท่านั้น โปรดตั้งชื่อไฟล์ให้ถูกต้อง</translation>
    </message>
    <message numerus="yes">
        <location filename="../mouplanner/ui/list_view.py" line="-41"/>
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>เขียน %n แถวลงใน %1 แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/list_export.py" line="+17"/>
        <source>Cancelled: no file was written.</source>
        <translation>ยกเลิกแล้ว: ไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list could not be written: %1</source>
        <translation>เขียนรายการไม่ได้: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporting…</source>
        <translation>กำลังส่งออก…</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../mouplanner/ui/pdf_report.py" line="+30"/>
        <source>Slippage since the baseline of %1</source>
        <translation>ความคลาดเคลื่อนจากแผนฐานเมื่อ %1</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/minutes_pdf.py" line="+83"/>
        <location filename="../mouplanner/ui/pdf_report.py" line="+182"/>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../mouplanner/ui/backup_dialog.py" line="-87"/>
        <source>Restore from backup</source>
        <translation>กู้คืนจากข้อมูลสำรอง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>before an upgrade of the file</source>
        <translation>ก่อนปรับรุ่นไฟล์</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an import from Excel</source>
        <translation>ก่อนนำเข้าจาก Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before receiving changes</source>
        <translation>ก่อนรับการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>ก่อนการกู้คืน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>made by hand</source>
        <translation>สร้างด้วยตนเอง</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The workspace is replaced by the backup you choose. The current file is kept as a backup first, so you can come back to it.</source>
        <translation>พื้นที่ทำงานจะถูกแทนที่ด้วยข้อมูลสำรองที่คุณเลือก ไฟล์ปัจจุบันจะถูกเก็บเป็นข้อมูลสำรองก่อน จึงย้อนกลับได้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backups of this workspace yet.</source>
        <translation>ยังไม่มีข้อมูลสำรองของพื้นที่ทำงานนี้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>RightsDialog</name>
    <message>
        <location filename="../mouplanner/ui/rights_dialog.py" line="+122"/>
        <location line="+68"/>
        <source>Reader</source>
        <translation>ผู้อ่าน</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+68"/>
        <source>Editor</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+69"/>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>reads every agreement</source>
        <translation>อ่านได้ทุกความตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every agreement</source>
        <translation>ทุกความตกลง</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Tick the agreements %1 may edit, or All agreements.</source>
        <translation>เลือกความตกลงที่ %1 แก้ไขได้ หรือเลือกทุกความตกลง</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no rights now</source>
        <translation>ขณะนี้ %1 ไม่มีสิทธิ์ใด</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+33"/>
        <source>Rights</source>
        <translation>สิทธิ์การใช้งาน</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Who may read and edit this workspace. Readers see everything; editors change the agreements given them; admins change everything and give rights. The server itself enforces them, for every program that connects.</source>
        <translation>ใครอ่านและแก้ไขพื้นที่ทำงานนี้ได้ ผู้อ่านเห็นทุกอย่าง ผู้แก้ไขเปลี่ยนแปลงความตกลงที่ได้รับมอบหมาย ผู้ดูแลเปลี่ยนแปลงได้ทุกอย่างและให้สิทธิ์ผู้อื่น เซิร์ฟเวอร์บังคับใช้สิทธิ์เหล่านี้เองกับทุกโปรแกรมที่เชื่อมต่อ</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Login</source>
        <translation>ชื่อเข้าระบบ</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Level</source>
        <translation>ระดับ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Agreements</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May edit</source>
        <translation>แก้ไขได้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No rights</source>
        <translation>ไม่มีสิทธิ์</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All agreements</source>
        <translation>ทุกความตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="-51"/>
        <source>Send changes</source>
        <translation>ส่งการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the changes the other laptop has not had yet into a file. Send it by e-mail or on a USB stick; the other laptop receives it with File &gt; Exchange &gt; Receive changes.</source>
        <translation>เขียนการเปลี่ยนแปลงที่เครื่องอื่นยังไม่มีลงในไฟล์ ส่งทางอีเมลหรือแฟลชไดรฟ์ แล้วเครื่องอื่นรับด้วย แฟ้ม &gt; แลกเปลี่ยน &gt; รับการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything (for a laptop not listed)</source>
        <translation>ทั้งหมด (สำหรับเครื่องที่ไม่อยู่ในรายการ)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for %1</source>
        <translation>สำหรับ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes</source>
        <translation>การเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Send</source>
        <translation>ส่ง</translation>
    </message>
</context>
<context>
    <name>SyncOffer</name>
    <message>
        <location filename="../mouplanner/ui/gallery_server.py" line="+91"/>
        <location filename="../mouplanner/ui/server_sync.py" line="-32"/>
        <source>Sync with the server</source>
        <translation>ซิงก์กับเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/server_sync.py" line="-16"/>
        <source>The server %1 can be reached.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ %1 ได้แล้ว</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes made on this laptop have not been sent to it yet.</source>
        <translation>มีการเปลี่ยนแปลงในเครื่องนี้ %1 รายการที่ยังไม่ได้ส่งไป</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync to receive what others changed meanwhile.</source>
        <translation>ซิงก์เพื่อรับสิ่งที่ผู้อื่นเปลี่ยนแปลงระหว่างนี้</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>ซิงก์เดี๋ยวนี้</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sent to %1: %2 changes taken; %3 records created, %4 updated, %5 deleted, %6 restored there.</source>
        <translation>ส่งไปยัง %1: รับการเปลี่ยนแปลง %2 รายการ สร้าง %3 ระเบียน ปรับปรุง %4 ลบ %5 กู้คืน %6 ที่นั่น</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../mouplanner/ui/tasks.py" line="+20"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../mouplanner/ui/timeline/view.py" line="+212"/>
        <source>More than %1 activities: choose an agreement, a cooperation area or a workstream in the navigator to see its timeline.</source>
        <translation>มีกิจกรรมมากกว่า %1 รายการ: เลือกความตกลง ด้านความร่วมมือ หรือแผนงานในแถบนำทางเพื่อดูเส้นเวลา</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 day</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 วัน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 months</source>
        <translation>%1 เดือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 ปี</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Grey: baseline %1</source>
        <translation>สีเทา: แผนฐาน %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>reschedule “%1”</source>
        <translation>เลื่อนกำหนด “%1”</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>save baseline</source>
        <translation>บันทึกแผนฐาน</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Weeks</source>
        <translation>สัปดาห์</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Months</source>
        <translation>เดือน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarters</source>
        <translation>ไตรมาส</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Years</source>
        <translation>ปี</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring today into view</source>
        <translation>เลื่อนไปที่วันนี้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save baseline</source>
        <translation>บันทึกแผนฐาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep today&apos;s planned dates, to show slippage later</source>
        <translation>เก็บวันที่ตามแผนของวันนี้ไว้ เพื่อแสดงความคลาดเคลื่อนภายหลัง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement, area, workstream</source>
        <translation>ความตกลง ด้านความร่วมมือ แผนงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>เริ่ม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End</source>
        <translation>สิ้นสุด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>ระยะเวลา</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% done</source>
        <translation>% เสร็จ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>milestone planned</source>
        <translation>หมุดหมายตามแผน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>milestone done</source>
        <translation>หมุดหมายที่เสร็จแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>actual dates</source>
        <translation>วันที่ดำเนินการจริง</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>baseline (grey, dashed)</source>
        <translation>แผนฐาน (เส้นประสีเทา)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/scene.py" line="+85"/>
        <source>Today: %1</source>
        <translation>วันนี้: %1</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Actual: %1 – %2</source>
        <translation>จริง: %1 – %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Baseline: %1</source>
        <translation>แผนฐาน: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done: %1</source>
        <translation>เสร็จ: %1</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/items.py" line="+140"/>
        <source>%1, %2 days after</source>
        <translation>%1 หลังจากนั้น %2 วัน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2 days before</source>
        <translation>%1 ก่อนหน้านั้น %2 วัน</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/timeline/linking.py" line="+36"/>
        <source>link “%1” after “%2”</source>
        <translation>เชื่อมโยง “%1” ให้ต่อจาก “%2”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>remove the link of “%1”</source>
        <translation>นำความเชื่อมโยงของ “%1” ออก</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+108"/>
        <location line="+2"/>
        <source>{value} is not a number</source>
        <translation>{value} ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unknown value {value}; expected one of: {allowed}</source>
        <translation>ไม่รู้จักค่า {value} ค่าที่ใช้ได้: {allowed}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date (type day/month/year, e.g. 7/2/2018)</source>
        <translation>{value} ไม่ใช่วันที่ (พิมพ์ วัน/เดือน/ปี เช่น 7/2/2561)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../mouplanner/exchange/admission.py" line="+37"/>
        <source>{entity} has no field {name}</source>
        <translation>{entity} ไม่มีช่องข้อมูล {name}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>is required</source>
        <translation>จำเป็นต้องระบุ</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>is {length} characters long; at most {limit} allowed</source>
        <translation>ยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>a title is required in at least one language (English, Thai or Lao)</source>
        <translation>ต้องมีชื่อเรื่องอย่างน้อยหนึ่งภาษา (อังกฤษ ไทย หรือลาว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is required in at least one language (English, Thai or Lao)</source>
        <translation>ต้องมีชื่ออย่างน้อยหนึ่งภาษา (อังกฤษ ไทย หรือลาว)</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="+24"/>
        <source>{end} is before the start ({start})</source>
        <translation>{end} อยู่ก่อนวันเริ่มต้น ({start})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{date} is before the agreement takes effect ({start})</source>
        <translation>{date} อยู่ก่อนวันที่ความตกลงมีผล ({start})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is after the agreement expires ({end})</source>
        <translation>{date} อยู่หลังวันที่ความตกลงสิ้นสุด ({end})</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+12"/>
        <source>{value} is not a two-letter ISO country code (TH, LA...)</source>
        <translation>{value} ไม่ใช่รหัสประเทศ ISO สองตัวอักษร (TH, LA...)</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="+8"/>
        <source>an agreement code is required</source>
        <translation>ต้องระบุรหัสความตกลง</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is not a number from 1 to {most}</source>
        <translation>{value} ไม่ใช่ตัวเลขระหว่าง 1 ถึง {most}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a tacit renewal starts at the expiry date: give the date the first term ends</source>
        <translation>การต่ออายุโดยอัตโนมัติเริ่มนับจากวันหมดอายุ: กรุณาระบุวันสิ้นสุดวาระแรก</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a document is attached to one record (an agreement, a meeting, a workstream, an activity or an action item)</source>
        <translation>เอกสารแนบกับระเบียนได้เพียงหนึ่งรายการ (ความตกลง การประชุม แผนงาน กิจกรรม หรือเรื่องที่ต้องดำเนินการ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the date of the event is required</source>
        <translation>ต้องระบุวันที่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a renewal says until when the agreement now runs</source>
        <translation>การต่ออายุควรระบุว่ามีผลถึงเมื่อใด</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a dependency belongs to one milestone or one activity</source>
        <translation>ความเชื่อมโยงเป็นของหมุดหมายหรือกิจกรรมเพียงหนึ่งรายการ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>give the one milestone or activity it depends on</source>
        <translation>ระบุหมุดหมายหรือกิจกรรมหนึ่งรายการที่ต้องรอ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot depend on itself</source>
        <translation>เชื่อมโยงกับตัวเองไม่ได้</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a lag is at most {limit} days either way</source>
        <translation>ระยะห่างต้องไม่เกิน {limit} วันทั้งก่อนและหลัง</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a milestone marked done should have its actual date</source>
        <translation>หมุดหมายที่เสร็จแล้วควรมีวันที่เสร็จจริง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is in the future</source>
        <translation>{date} ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+57"/>
        <source>women ({women}) cannot be more than the total ({total})</source>
        <translation>จำนวนหญิง ({women}) ต้องไม่มากกว่าจำนวนทั้งหมด ({total})</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>a budget needs a currency (THB, LAK or USD)</source>
        <translation>งบประมาณต้องระบุสกุลเงิน (THB, LAK หรือ USD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LAK amounts have no decimals</source>
        <translation>จำนวนเงินกีบ (LAK) ไม่มีทศนิยม</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{value} is not a time of day as hours and minutes (09:30)</source>
        <translation>{value} ไม่ใช่เวลาในรูปแบบชั่วโมงและนาที (09:30)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{value} is not a time zone (Asia/Bangkok, Asia/Vientiane, Asia/Tokyo...)</source>
        <translation>{value} ไม่ใช่เขตเวลา (Asia/Bangkok, Asia/Vientiane, Asia/Tokyo...)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{value} is not a number of months from 1 to 60 (12: every year)</source>
        <translation>{value} ไม่ใช่จำนวนเดือนระหว่าง 1 ถึง 60 (12: ทุกปี)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{date} is a public holiday in {country}: {name}</source>
        <translation>{date} เป็นวันหยุดราชการของ {country}: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a decision needs its text in at least one language</source>
        <translation>มติต้องมีข้อความอย่างน้อยหนึ่งภาษา</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+9"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} ไม่ใช่อีเมล</translation>
    </message>
    <message>
        <location filename="../mouplanner/domain/rules.py" line="-72"/>
        <source>an indicator belongs to exactly one agreement, cooperation area or workstream</source>
        <translation>ตัวชี้วัดต้องอยู่ภายใต้ความตกลง ด้านความร่วมมือ หรือแผนงาน อย่างใดอย่างหนึ่งเท่านั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a period label is required (e.g. 2021 or 2021-Q1)</source>
        <translation>ต้องระบุช่วงเวลา (เช่น 2564 หรือ 2021-Q1)</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/records.py" line="+68"/>
        <source>refers to a record that does not exist or was deleted ({entity})</source>
        <translation>อ้างถึงรายการที่ไม่มีอยู่หรือถูกลบแล้ว ({entity})</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/admission.py" line="+23"/>
        <source>{value} cannot be read as a value</source>
        <translation>{value} อ่านเป็นค่าไม่ได้</translation>
    </message>
    <message>
        <location filename="../mouplanner/exchange/rights.py" line="+21"/>
        <source>the server refused it: {reason}</source>
        <translation>เซิร์ฟเวอร์ไม่ยอมรับ: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../mouplanner/ui/welcome.py" line="+36"/>
        <source>No workspace is open.</source>
        <translation>ยังไม่ได้เปิดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workspace…</source>
        <translation>พื้นที่ทำงานใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open workspace…</source>
        <translation>เปิดพื้นที่ทำงาน…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a server…</source>
        <translation>เชื่อมต่อกับเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the demo workspace</source>
        <translation>เปิดพื้นที่ทำงานตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../mouplanner/ui/workspace_page.py" line="+295"/>
        <source>Delete %1 “%2”?</source>
        <translation>ลบ%1 “%2” หรือไม่</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This also deletes:</source>
        <translation>รายการต่อไปนี้จะถูกลบด้วย:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>and removes the link to it from:</source>
        <translation>และยกเลิกการเชื่อมโยงจาก:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>เลิกทำได้ด้วย Ctrl+Z</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>delete %1 “%2”</source>
        <translation>ลบ%1 “%2”</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>The next meeting is planned: %1, %2</source>
        <translation>วางแผนการประชุมครั้งถัดไปแล้ว: %1, %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Timeline</source>
        <translation>เส้นเวลา</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>ปฏิทิน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>ครบกำหนด</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conflicts (%1)</source>
        <translation>ข้อขัดแย้ง (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../mouplanner/ui/import_wizard.py" line="-192"/>
        <source>Check</source>
        <translation>ตรวจสอบ</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Sheet</source>
        <translation>แผ่นงาน</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>Row</source>
        <translation>แถว</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+6"/>
        <location line="+17"/>
        <source>Column</source>
        <translation>คอลัมน์</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Value found</source>
        <translation>ค่าที่พบ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is expected</source>
        <translation>สิ่งที่ต้องการ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the workspace</source>
        <translation>ในพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the workbook</source>
        <translation>ในสมุดงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>ใช้ค่า</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep all workspace values</source>
        <translation>ใช้ค่าในพื้นที่ทำงานทั้งหมด</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take all workbook values</source>
        <translation>ใช้ค่าในสมุดงานทั้งหมด</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conflicts: changed in the workspace since the export and in the workbook. Choose which value to keep.</source>
        <translation>ข้อขัดแย้ง: มีการแก้ไขทั้งในพื้นที่ทำงานหลังการส่งออกและในสมุดงาน กรุณาเลือกค่าที่จะใช้</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now → after the import</source>
        <translation>ปัจจุบัน → หลังนำเข้า</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>To create: %1 · to update: %2 · to delete: %3 · unchanged: %4</source>
        <translation>สร้างใหม่: %1 · ปรับปรุง: %2 · ลบ: %3 · ไม่เปลี่ยนแปลง: %4</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n problem(s) must be fixed in the workbook before it can be imported.</source>
        <translation>
            <numerusform>ต้องแก้ไขปัญหา %n รายการในสมุดงานก่อนนำเข้า</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workspace value</source>
        <translation>ค่าในพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workbook value</source>
        <translation>ค่าในสมุดงาน</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes (%1)</source>
        <translation>การเปลี่ยนแปลง (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (first %1)</source>
        <translation>การเปลี่ยนแปลง (%1 รายการแรก)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problems (%1)</source>
        <translation>ปัญหา (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts (%1)</source>
        <translation>ข้อขัดแย้ง (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new</source>
        <translation>ใหม่</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the record is deleted</source>
        <translation>ระเบียนนี้จะถูกลบ</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location line="-135"/>
        <source>Browse…</source>
        <translation>เลือก…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a data workbook exported from mouplanner, or a filled template. Nothing changes until you apply the import after checking it.</source>
        <translation>เลือกสมุดงานข้อมูลที่ส่งออกจาก mouplanner หรือแม่แบบที่กรอกแล้ว ข้อมูลจะไม่เปลี่ยนแปลงจนกว่าคุณจะกดนำเข้าหลังการตรวจสอบ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workbook</source>
        <translation>สมุดงาน</translation>
    </message>
</context>
<context>
    <name>_ToFile</name>
    <message>
        <location filename="../mouplanner/ui/exchange_dialogs.py" line="-45"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>File</source>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the file to write.</source>
        <translation>กรุณาเลือกไฟล์ที่จะบันทึก</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>ไม่มีโฟลเดอร์ %1</translation>
    </message>
</context>
</TS>
