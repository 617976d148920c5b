<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../mouplanner/ui/dashboard_view.py" line="+105"/>
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
        <location line="+15"/>
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
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../mouplanner/locale/dates.py" line="+53"/>
        <source>{text}: write the year with four digits, e.g. 2018 or 2561</source>
        <translation>{text}: กรุณาเขียนปีเป็นตัวเลขสี่หลัก เช่น 2561 หรือ 2018</translation>
    </message>
    <message>
        <location line="+40"/>
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
    <name>Errors</name>
    <message>
        <location filename="../mouplanner/services/records.py" line="+37"/>
        <source>This record was changed by {who} since you opened it; reopen it to see the changes.</source>
        <translation>ระเบียนนี้ถูกแก้ไขโดย {who} หลังจากที่คุณเปิด กรุณาเปิดใหม่เพื่อดูการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/migrate.py" line="+61"/>
        <source>{name} was saved by a newer version of mouplanner (schema {schema}); update mouplanner to open it</source>
        <translation>{name} ถูกบันทึกด้วย mouplanner รุ่นที่ใหม่กว่า (โครงสร้าง {schema}) กรุณาปรับปรุง mouplanner ก่อนเปิด</translation>
    </message>
    <message>
        <location filename="../mouplanner/storage/workspace.py" line="+54"/>
        <location line="+48"/>
        <source>{name} is a database but not a mouplanner workspace</source>
        <translation>{name} เป็นฐานข้อมูล แต่ไม่ใช่พื้นที่ทำงานของ mouplanner</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>{path} already exists; choose another name</source>
        <translation>มี {path} อยู่แล้ว กรุณาเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder {path} does not exist</source>
        <translation>ไม่มีโฟลเดอร์ {path}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} does not exist</source>
        <translation>ไม่พบ {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not a workspace file</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์พื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a mouplanner workspace (not an SQLite database)</source>
        <translation>{name} ไม่ใช่พื้นที่ทำงานของ mouplanner (ไม่ใช่ฐานข้อมูล SQLite)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+52"/>
        <source>{name} cannot be read: it is damaged ({reason})</source>
        <translation>ไม่สามารถอ่าน {name} ได้ เนื่องจากไฟล์เสียหาย ({reason})</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{name} is open read-only</source>
        <translation>{name} เปิดแบบอ่านอย่างเดียว</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is the workspace itself; choose another name</source>
        <translation>{name} คือพื้นที่ทำงานนี้เอง กรุณาเลือกชื่ออื่น</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../mouplanner/ui/forms/children.py" line="+41"/>
        <source>Add</source>
        <translation>เพิ่ม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>นำออก</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../mouplanner/ui/forms/fields.py" line="+82"/>
        <source>day/month/year</source>
        <translation>วัน/เดือน/ปี</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Row %1: choose the %2</source>
        <translation>แถวที่ %1: กรุณาเลือก%2</translation>
    </message>
    <message>
        <location filename="../mouplanner/ui/forms/specs.py" line="+33"/>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Short name</source>
        <translation>ชื่อย่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Country (ISO code)</source>
        <translation>ประเทศ (รหัส ISO)</translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+68"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+18"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="-17"/>
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
        <location line="+10"/>
        <location line="+71"/>
        <source>Notes</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location line="-54"/>
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
        <source>Document reference</source>
        <translation>เอกสารอ้างอิง</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>ภาคี</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+70"/>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Side (1 or 2)</source>
        <translation>ฝ่าย (1 หรือ 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatories</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+44"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Signed as</source>
        <translation>ลงนามในฐานะ</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+66"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Order</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+61"/>
        <source>Cooperation area</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location line="-58"/>
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
        <location line="+27"/>
        <source>Planned start</source>
        <translation>เริ่มตามแผน</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+27"/>
        <source>Planned end</source>
        <translation>สิ้นสุดตามแผน</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Objective</source>
        <translation>วัตถุประสงค์</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinators</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <location line="+35"/>
        <source>Workstream</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location line="-45"/>
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
        <location line="+2"/>
        <source>Depends on</source>
        <translation>ต้องรอหมุดหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
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
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Hours</source>
        <translation>จำนวนชั่วโมง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates issued</source>
        <translation>วุฒิบัตรที่มอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field of expertise</source>
        <translation>สาขาความเชี่ยวชาญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert days</source>
        <translation>จำนวนวันของผู้เชี่ยวชาญ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the visit</source>
        <translation>วัตถุประสงค์ของการเยือน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants (named)</source>
        <translation>ผู้เข้าร่วม (ระบุชื่อ)</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+2"/>
        <source>Targets and actuals</source>
        <translation>ค่าเป้าหมายและผลจริง</translation>
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
        <location filename="../mouplanner/ui/forms/form.py" line="+104"/>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit %1: %2</source>
        <translation>แก้ไข%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New %1</source>
        <translation>%1ใหม่</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>edit %1 “%2”</source>
        <translation>แก้ไข%1 “%2”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>create %1 “%2”</source>
        <translation>สร้าง%1 “%2”</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../mouplanner/ui/history_dialog.py" line="+28"/>
        <source>History: %1</source>
        <translation>ประวัติ: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When (UTC)</source>
        <translation>เมื่อ (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>ผู้แก้ไข</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>การเปลี่ยนแปลง</translation>
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
        <location line="+14"/>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>IdTableModel</name>
    <message>
        <location filename="../mouplanner/ui/table_model.py" line="+107"/>
        <source>Shown in %1: no text in this language yet</source>
        <translation>แสดงเป็นภาษา%1: ยังไม่มีข้อความในภาษานี้</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../mouplanner/ui/labels.py" line="+19"/>
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
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>ลงนามแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>มีผลบังคับใช้</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminated</source>
        <translation>สิ้นสุดก่อนกำหนด</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renewed</source>
        <translation>ต่ออายุแล้ว</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>Signatory</source>
        <translation>ผู้ลงนาม</translation>
    </message>
    <message>
        <location line="-80"/>
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
        <source>Planned</source>
        <translation>ตามแผน</translation>
    </message>
    <message>
        <location line="-18"/>
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
        <source>Cancelled</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+15"/>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Done</source>
        <translation>เสร็จสิ้น</translation>
    </message>
    <message>
        <location line="-14"/>
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
        <location line="+1"/>
        <source>Meeting</source>
        <translation>การประชุม</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <location line="-8"/>
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
        <source>Delegate</source>
        <translation>ผู้แทน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of delegation</source>
        <translation>หัวหน้าคณะ</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <location line="+31"/>
        <source>Workstream</source>
        <translation>แผนงาน</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Participants</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-13"/>
        <source>Deliverable</source>
        <translation>ผลผลิตที่ต้องส่งมอบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Organisation</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="-15"/>
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
        <location line="+1"/>
        <location line="+22"/>
        <source>Indicator</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="-21"/>
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
        <location line="+5"/>
        <source>Person</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>ความตกลง</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement party</source>
        <translation>ภาคีความตกลง</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation area</source>
        <translation>ด้านความร่วมมือ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coordinator</source>
        <translation>ผู้ประสานงาน</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone dependency</source>
        <translation>ความเชื่อมโยงของหมุดหมาย</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant</source>
        <translation>ผู้เข้าร่วม</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indicator period</source>
        <translation>ช่วงเวลาของตัวชี้วัด</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="+186"/>
        <source>&amp;New workspace…</source>
        <translation>พื้นที่ทำงานใหม่… (&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open…</source>
        <translation>เปิด… (&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>บันทึกสำเนา… (&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close workspace</source>
        <translation>ปิดพื้นที่ทำงาน (&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;New record</source>
        <translation>สร้างรายการใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit record</source>
        <translation>แก้ไขรายการ (&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delete record</source>
        <translation>ลบรายการ (&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;history</source>
        <translation>ประวัติการแก้ไข (&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>รีเฟรช (&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New agreement…</source>
        <translation>ความตกลงใหม่…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New cooperation area…</source>
        <translation>ด้านความร่วมมือใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New workstream…</source>
        <translation>แผนงานใหม่…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New milestone…</source>
        <translation>หมุดหมายใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New activity…</source>
        <translation>กิจกรรมใหม่…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New person…</source>
        <translation>บุคคลใหม่…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New organisation…</source>
        <translation>หน่วยงานใหม่…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New indicator…</source>
        <translation>ตัวชี้วัดใหม่…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <source>Buddhist-era years (พ.ศ.)</source>
        <translation>แสดงปีเป็นพุทธศักราช (พ.ศ.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thai or Lao digits</source>
        <translation>ใช้เลขไทย</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo %1</source>
        <translation>เลิกทำ: %1 (&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+44"/>
        <source>Cannot open workspace</source>
        <translation>เปิดพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 — mouplanner</source>
        <translation>%1 — mouplanner ระบบติดตามบันทึกความเข้าใจ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · this laptop: %2</source>
        <translation>%1 · เครื่องนี้: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open workspace</source>
        <translation>เปิดพื้นที่ทำงาน</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New workspace</source>
        <translation>พื้นที่ทำงานใหม่</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot create workspace</source>
        <translation>สร้างพื้นที่ทำงานไม่ได้</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save a copy</source>
        <translation>บันทึกสำเนา</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+11"/>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
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
    <name>RecordListView</name>
    <message numerus="yes">
        <location filename="../mouplanner/ui/list_view.py" line="+177"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search (Ctrl+F): title, place, organisation, people</source>
        <translation>ค้นหา (Ctrl+F): ชื่อเรื่อง สถานที่ หน่วยงาน บุคคล</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All kinds</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../mouplanner/domain/validation.py" line="+98"/>
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
        <location line="+9"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{entity} has no field {name}</source>
        <translation>{entity} ไม่มีช่องข้อมูล {name}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>is required</source>
        <translation>จำเป็นต้องระบุ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>is {length} characters long; at most {limit} allowed</source>
        <translation>ยาว {length} ตัวอักษร ใส่ได้ไม่เกิน {limit} ตัวอักษร</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot be negative</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a title is required in at least one language (English, Thai or Lao)</source>
        <translation>ต้องมีชื่อเรื่องอย่างน้อยหนึ่งภาษา (อังกฤษ ไทย หรือลาว)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name is required in at least one language (English, Thai or Lao)</source>
        <translation>ต้องมีชื่ออย่างน้อยหนึ่งภาษา (อังกฤษ ไทย หรือลาว)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{end} is before the start ({start})</source>
        <translation>{end} อยู่ก่อนวันเริ่มต้น ({start})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{date} is before the agreement takes effect ({start})</source>
        <translation>{date} อยู่ก่อนวันที่ความตกลงมีผล ({start})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{date} is after the agreement expires ({end})</source>
        <translation>{date} อยู่หลังวันที่ความตกลงสิ้นสุด ({end})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is not a two-letter ISO country code (TH, LA...)</source>
        <translation>{value} ไม่ใช่รหัสประเทศ ISO สองตัวอักษร (TH, LA...)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an agreement code is required</source>
        <translation>ต้องระบุรหัสความตกลง</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a milestone marked done should have its actual date</source>
        <translation>หมุดหมายที่เสร็จแล้วควรมีวันที่เสร็จจริง</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{date} is in the future</source>
        <translation>{date} ยังมาไม่ถึง</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>women ({women}) cannot be more than the total ({total})</source>
        <translation>จำนวนหญิง ({women}) ต้องไม่มากกว่าจำนวนทั้งหมด ({total})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a budget needs a currency (THB, LAK or USD)</source>
        <translation>งบประมาณต้องระบุสกุลเงิน (THB, LAK หรือ USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LAK amounts have no decimals</source>
        <translation>จำนวนเงินกีบ (LAK) ไม่มีทศนิยม</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{value} is not an e-mail address</source>
        <translation>{value} ไม่ใช่อีเมล</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an indicator belongs to exactly one agreement, cooperation area or workstream</source>
        <translation>ตัวชี้วัดต้องอยู่ภายใต้ความตกลง ด้านความร่วมมือ หรือแผนงาน อย่างใดอย่างหนึ่งเท่านั้น</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a period label is required (e.g. 2021 or 2021-Q1)</source>
        <translation>ต้องระบุช่วงเวลา (เช่น 2564 หรือ 2021-Q1)</translation>
    </message>
    <message>
        <location filename="../mouplanner/services/records.py" line="+49"/>
        <source>refers to a record that does not exist or was deleted ({entity})</source>
        <translation>อ้างถึงรายการที่ไม่มีอยู่หรือถูกลบแล้ว ({entity})</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../mouplanner/ui/main_window.py" line="-330"/>
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
        <source>Open the demo workspace</source>
        <translation>เปิดพื้นที่ทำงานตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../mouplanner/ui/workspace_page.py" line="+196"/>
        <source>Delete %1 “%2”?</source>
        <translation>ลบ%1 “%2” หรือไม่</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>เก็บไว้</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delete %1 “%2”</source>
        <translation>ลบ%1 “%2”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dashboard</source>
        <translation>ภาพรวม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>กิจกรรม</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestones</source>
        <translation>หมุดหมาย</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>People</source>
        <translation>บุคคล</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations</source>
        <translation>หน่วยงาน</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indicators</source>
        <translation>ตัวชี้วัด</translation>
    </message>
</context>
</TS>
