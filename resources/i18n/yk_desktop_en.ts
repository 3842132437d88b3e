<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AcceptDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+616"/>
        <location line="+23"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>正在读取告知书 {0}…</source>
        <translation>Reading notice {0}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>材料收取情况</source>
        <translation>Materials received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>容缺受理（缺少的可容缺材料在期限内补交）</source>
        <translation>Accept with tolerance (tolerable missing materials handed in by the due date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>容缺受理</source>
        <translation>Accept with tolerance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>容缺材料补交期限</source>
        <translation>Due date for tolerated materials</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>回执用 80 毫米小票打印</source>
        <translation>Print the receipt on the 80 mm roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回执用小票打印</source>
        <translation>Receipt on the roll printer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>受理并打印回执 (Ctrl+Enter)</source>
        <translation>Accept and print receipt (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>补交期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在读取告知书…</source>
        <translation>Reading the notice…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}：{1} · 申请人 {2}</source>
        <translation>{0}: {1} · applicant {2}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>该告知书已受理，办件编号 {0}。</source>
        <translation>This notice was already accepted as case {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>仍缺 {0} 项材料；收到的请勾选。</source>
        <translation>{0} material(s) still missing; tick what has arrived.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>材料已齐全，可以受理。</source>
        <translation>Materials complete; the case can be accepted.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。正在打印受理回执…</source>
        <translation>Accepted as case {0}, promised by {1}. Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <location filename="../../yk_desktop/gui/archive.py" line="+176"/>
        <source>文书存档</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按文书类型筛选</source>
        <translation>Filter by document type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书类型列表</source>
        <translation>Document types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按编号或标题查找文书</source>
        <translation>Find documents by number or title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入或扫描文书编号，也可输入标题中的字</source>
        <translation>Type or scan a document number, or words from its title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>仅显示未打印(&amp;U)</source>
        <translation>&amp;Unprinted only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>仅显示未打印的文书</source>
        <translation>Show unprinted documents only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新文书列表</source>
        <translation>Refresh the document list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>刷新（F5）</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>存档文书列表</source>
        <translation>Archived documents</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>预览/重新打印(&amp;P)</source>
        <translation>&amp;Preview / reprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预览或重新打印所选文书</source>
        <translation>Preview or reprint the selected document</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>没有符合条件的文书。</source>
        <translation>No documents match.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有存档的文书。
打印一次性告知书、受理回执、补正通知时，文书会自动存档在这里。</source>
        <translation>No documents archived yet.
One-time notifications, acceptance receipts and correction notices are archived here automatically when printed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>显示最近的 {0} 份，更早的请按编号查找</source>
        <translation>Showing the latest {0}; find older ones by number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 份</source>
        <translation>{0} documents</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>未找到编号为 {0} 的存档文书。</source>
        <translation>No archived document numbered {0}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>文书已打印，但打印记录未能保存：{0}</source>
        <translation>The document was printed, but the print could not be recorded: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>打印失败的记录未能保存：{0}</source>
        <translation>The failed print could not be recorded: {0}</translation>
    </message>
</context>
<context>
    <name>BundleButton</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+145"/>
        <source>一件事：{0}</source>
        <translation>One-thing service: {0}</translation>
    </message>
</context>
<context>
    <name>BundlePickDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+16"/>
        <source>选择“一件事”</source>
        <translation>Choose a bundle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>一件事列表</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>告知</source>
        <translation>Notify</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>告知所选一件事</source>
        <translation>Notify the chosen bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在读取…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>本大厅还没有“一件事”。</source>
        <translation>This hall has no bundles yet.</translation>
    </message>
</context>
<context>
    <name>CallAnnouncer</name>
    <message>
        <location filename="../../yk_desktop/gui/voice.py" line="+362"/>
        <source>语音引擎无响应</source>
        <translation>The speech engine is not responding</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>语音播报不可用（{0}），改为提示音</source>
        <translation>Voice announcements unavailable ({0}); using a chime instead</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>语音引擎出错：{0}</source>
        <translation>Speech engine error: {0}</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+240"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请输入预约码或预约手机号</source>
        <translation>Enter your appointment code or the phone number you booked with</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>预约码或手机号</source>
        <translation>Appointment code or phone number</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>数字 {0}</source>
        <translation>Digit {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>清空输入</source>
        <translation>Clear the entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除一位</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数字 0</source>
        <translation>Digit 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+89"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>确定签到</source>
        <translation>Confirm check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>正在查询…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="-686"/>
        <source>材料（勾选＝已带来）</source>
        <translation>Material (ticked = brought)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>要求</source>
        <translation>Terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用于</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已带</source>
        <translation>Brought</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已核验复用，无需再交</source>
        <translation>Verified earlier, not needed again</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>该材料可容缺后补</source>
        <translation>May be handed in later (tolerance)</translation>
    </message>
</context>
<context>
    <name>ClerkPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk.py" line="+237"/>
        <source>当前号码</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>呼叫下一位 (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>重呼 (F2)</source>
        <translation>Recall (F2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>开始办理 (F6)</source>
        <translation>Start service (F6)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始办理</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办结 (F3)</source>
        <translation>Finish (F3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>过号 (F4)</source>
        <translation>No-show (F4)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转窗 (F5)</source>
        <translation>Transfer (F5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>转窗</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>挂起 (F7)</source>
        <translation>Hold (F7)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>挂起</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>叫号提示</source>
        <translation>Call message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>今日办理情况</source>
        <translation>Today&apos;s service figures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>扫码/输入号码</source>
        <translation>Scan or enter a number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扫码/输入号码，如 A015，回车查看</source>
        <translation>Scan or type a number, e.g. A015, then press Enter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>查看</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>查看扫描或输入的号票</source>
        <translation>Look up the scanned or typed ticket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>扫描的号票</source>
        <translation>Scanned ticket</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>叫此号</source>
        <translation>Call this number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>呼叫扫描的号票</source>
        <translation>Call the scanned ticket</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>本窗口等候人数</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>等候人数提示</source>
        <translation>Waiting list notice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>字头</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>挂起的号票</source>
        <translation>Tickets on hold</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>恢复办理</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>恢复所选挂起号票</source>
        <translation>Resume the selected ticket on hold</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>一次性告知 (F8)</source>
        <translation>One-time notice (F8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一件事告知 (F9)</source>
        <translation>Bundle notice (F9)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一件事告知</source>
        <translation>Bundle notice</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>事项与文书</source>
        <translation>Items and documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项查询</source>
        <translation>Item search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文书存档</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+207"/>
        <source>本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。</source>
        <translation>This PC has no window number, so it cannot call. Set window under [terminal] in the config file.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 号窗口 · 叫号</source>
        <translation>Window {0} · Calling</translation>
    </message>
    <message>
        <location line="+244"/>
        <source>正在重呼…</source>
        <translation>Recalling…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已重呼 {0}（第 {1} 次）</source>
        <translation>Recalled {0} (recall no. {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>正在处理…</source>
        <translation>Processing…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>{0} 开始办理</source>
        <translation>Started serving {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在办结…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 已办结，可呼叫下一位（F1）</source>
        <translation>{0} finished. You can call the next number (F1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} 已按过号处理</source>
        <translation>{0} marked as a no-show</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在转窗…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} 已转往 {1}，按原取号时间重新等候</source>
        <translation>{0} transferred to {1}; it waits again in the order of its original ticket time</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在挂起…</source>
        <translation>Putting on hold…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 已挂起，可呼叫下一位；办事人回来后在“挂起的号票”中恢复</source>
        <translation>{0} is on hold; you can call the next number. When the applicant returns, resume it from “Tickets on hold”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在恢复…</source>
        <translation>Resuming…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} 已恢复办理</source>
        <translation>{0} resumed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在暂停服务…</source>
        <translation>Pausing service…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已暂停服务。恢复后才能继续叫号。</source>
        <translation>Service paused. Resume service to call numbers again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>正在恢复服务…</source>
        <translation>Resuming service…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已恢复服务，可以叫号（F1）</source>
        <translation>Service resumed. You can call numbers again (F1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>请扫描号票条码，或输入号码（如 A015）后按回车。</source>
        <translation>Scan the ticket barcode, or type the number (e.g. A015) and press Enter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} 正在等候，可按“叫此号”直接呼叫</source>
        <translation>{0} is waiting; press “Call this number” to call it now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已找到号票 {0}</source>
        <translation>Found ticket {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未分配窗口</source>
        <translation>No window assigned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · {1}
{2} · 取号 {3:%H:%M} · {4}</source>
        <translation>{0} · {1}
{2} · issued {3:%H:%M} · {4}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已叫号</source>
        <translation>Called</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已挂起</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已弃号</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>请先在“事项查询”中选择要告知的事项（Ctrl+F 查询）。</source>
        <translation>First choose the item in Item search (Ctrl+F).</translation>
    </message>
    <message>
        <location line="-251"/>
        <location line="+223"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>{0}（优先：{1}）</source>
        <translation>{0} (priority: {1})</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>暂停服务提示</source>
        <translation>Service pause notice</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>恢复服务</source>
        <translation>Resume service</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>当前号票状态</source>
        <translation>Current ticket status</translation>
    </message>
    <message>
        <location line="+301"/>
        <source>已暂停服务：{0}</source>
        <translation>Service paused: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>今日已办 {0} 件</source>
        <translation>Served today: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>今日已办 {0} 件 · 平均 {1} 分钟</source>
        <translation>Served today: {0} · average {1} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前没有号票</source>
        <translation>No current ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按 F1 呼叫下一位</source>
        <translation>Press F1 to call the next number</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>优先</source>
        <translation>priority</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>办理中</source>
        <translation>Being served</translation>
    </message>
    <message>
        <location line="-382"/>
        <source>已叫号，等候办事人到窗口</source>
        <translation>Called; waiting for the applicant to come to the window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>叫号时间 {0:%H:%M:%S}</source>
        <translation>Called at {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已重呼 {0} 次</source>
        <translation>Recalled {0} time(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开始办理 {0:%H:%M:%S}</source>
        <translation>Service started at {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} 已在办理中。</source>
        <translation>{0} is already being served.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>需重呼满 {0} 次后才能过号（{1} 已重呼 {2} 次，按 F2 重呼）。</source>
        <translation>A number must be recalled {0} time(s) before it can be marked a no-show ({1} has been recalled {2} time(s); press F2 to recall).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>请先办结当前号票 {0}，再恢复挂起的号票。</source>
        <translation>Finish the current ticket {0} before resuming a ticket on hold.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请先在列表中选择要恢复的号票。</source>
        <translation>First select the ticket to resume in the list.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>呼叫本窗口下一位等候的办事人</source>
        <translation>Call the next applicant waiting for this window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>再次呼叫当前号码，大屏重新播报</source>
        <translation>Call the current number again; the hall display announces it again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人已到窗口，开始计算办理时间</source>
        <translation>The applicant is at the window: start timing the service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前号票办结</source>
        <translation>Finish the current ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人未到，按过号处理</source>
        <translation>The applicant did not come: mark as a no-show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转往其他业务类别或指定窗口，保留原取号时间</source>
        <translation>Transfer to another category or a specific window, keeping the original ticket time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办事人暂时离开，先挂起，本窗口可呼叫下一位</source>
        <translation>The applicant has stepped away: put the ticket on hold so this window can call the next number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>呼叫扫描到的这张号票</source>
        <translation>Call this scanned ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复所选挂起号票，继续办理（也可双击列表）</source>
        <translation>Resume the selected ticket on hold and continue serving it (or double-click it in the list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂停本窗口叫号（需填写原因）</source>
        <translation>Pause calling at this window (a reason is required)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复本窗口叫号</source>
        <translation>Resume calling at this window</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>正在读取本窗口的状态，请稍候。</source>
        <translation>Loading this window&apos;s status, please wait.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>当前没有正在办理的号票，请先叫号（F1）。</source>
        <translation>No ticket is being served. Call a number first (F1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本窗口已暂停服务（{0}），请先点“恢复服务”。</source>
        <translation>Service at this window is paused ({0}). Click “Resume service” first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当前号票 {0} 尚未办结，请先办结（F3）、过号（F4）、转窗（F5）或挂起（F7）。</source>
        <translation>The current ticket {0} is not finished. First finish it (F3), mark it a no-show (F4), transfer it (F5) or put it on hold (F7).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>已呼叫 {0}，请到 {1} 号窗口</source>
        <translation>Called {0} to window {1}</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/display.py" line="+190"/>
        <location line="+125"/>
        <source>欢迎光临，请留意叫号信息</source>
        <translation>Welcome — please watch for your number</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>最新叫号</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>业务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最近叫号列表</source>
        <translation>Recent calls list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 人</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>各类业务等候人数</source>
        <translation>People waiting per category</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>请携带本人有效身份证件及相关材料，按叫号顺序到指定窗口办理。</source>
        <translation>Please bring your valid ID and the required materials, and go to the window shown when your number is called. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>服务监督电话：{0}。</source>
        <translation>Service supervision hotline: {0}. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>老年人、残疾人、孕妇等可在取号机选择优先取号。</source>
        <translation>Elderly, disabled and pregnant visitors may choose a priority ticket at the kiosk.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:%Y年%m月%d日} {1} {0:%H:%M:%S}</source>
        <translation>{1} {0:%Y-%m-%d} {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+86"/>
        <source>重呼：请 {0} 号到 {1} 号窗口办理</source>
        <translation>Recall: number {0}, please go to window {1}</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>请 {0} 号到 {1} 号窗口办理</source>
        <translation>Number {0}, please go to window {1}</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="+242"/>
        <location line="+11"/>
        <source>挂起</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>挂起 {0}：办事人暂时离开（如去复印材料），本窗口可先呼叫下一位。
挂起原因(&amp;R)（可不填）：</source>
        <translation>Put {0} on hold: the applicant has stepped away (e.g. to copy documents), and this window can call the next number meanwhile.
&amp;Reason for the hold (optional):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>挂起原因</source>
        <translation>Reason for the hold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：去复印身份证</source>
        <translation>e.g. gone to copy their ID card</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确定挂起</source>
        <translation>Confirm hold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消挂起</source>
        <translation>Close without putting on hold</translation>
    </message>
</context>
<context>
    <name>ItemDetailView</name>
    <message>
        <location filename="../../yk_desktop/gui/itemdetail.py" line="+30"/>
        <source>请在上方选择事项查看详情</source>
        <translation>Select an item above to see its details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>事项信息</source>
        <translation>Item information</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+64"/>
        <source>申请材料</source>
        <translation>Required materials</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>申请材料清单</source>
        <translation>List of required materials</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>事项编码 {0} · {1}</source>
        <translation>Item code {0} · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设定依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>受理条件</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理流程</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>办理时限</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限 {0}；承诺时限 {1}</source>
        <translation>Statutory limit {0}; promised limit {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>收费标准</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理地点</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>咨询电话</source>
        <translation>Enquiries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网上办理</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>可网上办理</source>
        <translation>Can be done online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>仅窗口办理</source>
        <translation>At the window only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>申请材料（共 {0} 项，必需 {1} 项）</source>
        <translation>Required materials ({0} in all, {1} always required)</translation>
    </message>
</context>
<context>
    <name>ItemSearchBox</name>
    <message>
        <location filename="../../yk_desktop/gui/itemsearch.py" line="+46"/>
        <location line="+5"/>
        <source>事项查询</source>
        <translation>Item search</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>输入事项名称、编码或拼音首字母（如 bdc），Ctrl+F</source>
        <translation>Type an item name, code or pinyin initials (e.g. bdc), Ctrl+F</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事项查询结果</source>
        <translation>Item search results</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>找到 {0} 项</source>
        <translation>{0} found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>没有找到匹配的事项，请换个名称、编码或拼音首字母试试。</source>
        <translation>No matching item. Try another name, code or pinyin initials.</translation>
    </message>
</context>
<context>
    <name>KioskPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk.py" line="+204"/>
        <source>暂无可取号的业务，请咨询大厅工作人员。</source>
        <translation>No service is open for tickets. Please ask the hall staff.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>优先服务：{0}</source>
        <translation>Priority service: {0}</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>请选择优先类别，再选择您要办理的业务</source>
        <translation>Choose your priority group, then choose your service</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>语音不可用（{0}），请看屏幕提示</source>
        <translation>Voice guidance unavailable ({0}); please follow the instructions on the screen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>请输入预约码，或预约时登记的手机号，再按确定</source>
        <translation>Enter your appointment code, or the phone number you booked with, then press OK</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请先输入预约码或手机号。</source>
        <translation>Please enter your appointment code or phone number first.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>已超过签到时间，按普通号办理</source>
        <translation>Check-in time has passed; you will be served as a regular ticket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>预约签到成功 · 预约时段 {0}</source>
        <translation>Checked in · appointment time {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>您前面还有 {0} 人等待</source>
        <translation>{0} waiting before you</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>您前面还有 0 人等待，请留意叫号</source>
        <translation>No one is waiting before you; please watch for your number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您前面还有 {0} 人，预计等候约 {1} 分钟</source>
        <translation>{0} waiting before you; estimated wait about {1} min</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>您的号码是 {0}。{1}</source>
        <translation>Your number is {0}. {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>暂时不能取号</source>
        <translation>Tickets are not available now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取号未成功</source>
        <translation>The ticket could not be issued</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>正在重新打印 {0} 号票…</source>
        <translation>Reprinting ticket {0}…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>已重新打印 {0} 号票，请取走号票。</source>
        <translation>Ticket {0} reprinted. Please take your ticket.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>号票已打印，请取走号票</source>
        <translation>Ticket printed. Please take your ticket</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>号票打印失败：{0}，您的号码 {1} 仍然有效。</source>
        <translation>The ticket could not be printed: {0}. Your number {1} is still valid. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请记住您的号码，或点“重打上一张”。</source>
        <translation>Please remember your number, or tap “Reprint last ticket”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>号票打印失败，您的号码是 {0}</source>
        <translation>The ticket could not be printed. Your number is {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/login.py" line="+50"/>
        <location line="+6"/>
        <source>工作人员登录</source>
        <translation>Staff login</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>政务服务大厅窗口系统</source>
        <translation>Government service hall window system</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+31"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>请输入用户名</source>
        <translation>Enter your user name</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <location line="+33"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>请输入密码</source>
        <translation>Enter your password</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登录提示</source>
        <translation>Login message</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+92"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取消登录</source>
        <translation>Cancel login</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>演示模式：单击账号填入，双击直接登录</source>
        <translation>Demo mode: click an account to fill it in, double-click to log in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>演示账号列表</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>ManagerPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/manager.py" line="+121"/>
        <source>管理功能</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅概况</source>
        <translation>Hall overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>事项目录</source>
        <translation>Item catalog</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+30"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区域</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>办理类别</source>
        <translation>Categories served</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>字头</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>取号时间</source>
        <translation>Ticket hours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>日上限</source>
        <translation>Daily cap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当前等候</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>业务类别与等候</source>
        <translation>Categories and waiting</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>暂停：{0}</source>
        <translation>Paused: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启用</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} 个窗口，{1} 个业务类别，当前共 {2} 人等候</source>
        <translation>{0} windows, {1} categories, {2} people waiting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>按名称、编码、部门或拼音首字母筛选</source>
        <translation>Filter by name, code, department or pinyin initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>筛选事项</source>
        <translation>Filter items</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>共 {0} 项</source>
        <translation>{0} items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>共 {0} 项（全部 {1} 项）</source>
        <translation>{0} items (of {1})</translation>
    </message>
</context>
<context>
    <name>ModeWindow</name>
    <message>
        <location filename="../../yk_desktop/gui/shell.py" line="+164"/>
        <source>模式(&amp;M)</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>工作人员登录…</source>
        <translation>Staff login…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>退出登录</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>营口市政务服务大厅窗口系统 yk-desktop {0}

依据《营口市优化营商环境管理办法》建设：一次性告知、首问负责、限时办结、预约延时与帮办代办服务。</source>
        <translation>Yingkou government service hall window system, yk-desktop {0}

Built to carry out the Yingkou Measures for Optimizing the Business Environment: one-time notification, first-inquiry responsibility, time-limited completion, appointments with extended hours, and assisted/proxy service.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>中心数据库 {0}:{1}/{2}</source>
        <translation>Central database {0}:{1}/{2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本地数据库 {0}</source>
        <translation>Local database {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未登录（{0}）</source>
        <translation>Not logged in ({0})</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location line="-180"/>
        <source>有 {0} 条启动提示，请信息管理员执行 yk-desktop doctor 查看</source>
        <translation>{0} start-up note(s): hall IT, please run yk-desktop doctor</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 号窗口</source>
        <translation>Window {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>无窗口</source>
        <translation>No window</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>检查中</source>
        <translation>checking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>连接正常</source>
        <translation>connected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>无法连接</source>
        <translation>unreachable</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="+160"/>
        <source>一次性告知</source>
        <translation>One-time notice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在读取事项…</source>
        <translation>Reading the items…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>个人(&amp;P)</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人为个人</source>
        <translation>Applicant is a person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>企业(&amp;E)</source>
        <translation>&amp;Enterprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请人为企业</source>
        <translation>Applicant is an enterprise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请人姓名或企业名称</source>
        <translation>Applicant's name or enterprise name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>证件号码</source>
        <translation>ID or credit code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>姓名/名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>申请材料清单</source>
        <translation>List of required materials</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>清单外材料</source>
        <translation>Off-list materials</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清单外材料名称</source>
        <translation>Off-list material</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>要求提供的理由（将印在告知书上并报大厅负责人）</source>
        <translation>Reason for asking (printed on the notice and reported to the hall manager)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>添加清单外材料</source>
        <translation>Add off-list material</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选清单外材料</source>
        <translation>Remove the selected off-list material</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>补交方式</source>
        <translation>How to hand in the rest</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>打印告知书 (Ctrl+P)</source>
        <translation>Print notice (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印告知书</source>
        <translation>Print notice</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+106"/>
        <source>材料齐全，受理 (Ctrl+Enter)</source>
        <translation>Complete, accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>受理</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在读取材料清单…</source>
        <translation>Reading the material list…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>一次性告知：{0}（{1}）</source>
        <translation>One-time notice: {0} ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一次性告知：{0}</source>
        <translation>One-time notice: {0}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>共 {0} 项材料：已带 {1} 项，已核验复用 {2} 项，缺 {3} 项。</source>
        <translation>{0} materials: {1} brought, {2} verified earlier, {3} missing.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>受理 (Ctrl+Enter)</source>
        <translation>Accept (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>正在读取存档…</source>
        <translation>Reading the archive…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正在生成告知书…</source>
        <translation>Building the notice…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>一次性告知书 {0}</source>
        <translation>One-time notice {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Print again (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已生成告知书 {0}，正在打印…</source>
        <translation>Notice {0} created, printing…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>正在受理…</source>
        <translation>Accepting…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已受理，办件编号 {0}，承诺 {1:%Y年%m月%d日} 前办结。正在打印受理回执…</source>
        <translation>Accepted as case {0}, promised by {1:%Y-%m-%d}. Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="-44"/>
        <location line="+16"/>
        <source>暂停服务</source>
        <translation>Pause service</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>暂停期间本窗口不再叫号。请填写暂停原因(&amp;R)：</source>
        <translation>While service is paused, this window calls no numbers. Enter the &amp;reason for the pause:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>暂停原因</source>
        <translation>Reason for the pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常用暂停原因</source>
        <translation>Common reasons for a pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>临时离岗</source>
        <translation>Briefly away from the desk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>午间休息</source>
        <translation>Lunch break</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>系统故障</source>
        <translation>System fault</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>业务培训</source>
        <translation>Staff training</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选择或输入原因，如：临时离岗</source>
        <translation>Choose or type a reason, e.g. Briefly away from the desk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>确定暂停服务</source>
        <translation>Confirm pausing service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消暂停</source>
        <translation>Close without pausing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请填写暂停服务的原因（如：临时离岗、系统故障）。</source>
        <translation>Please enter a reason for pausing service (e.g. Briefly away from the desk, System fault).</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/preview.py" line="+51"/>
        <source>可选择其他打印机后重新打印。</source>
        <translation>You can choose another printer and print again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>已打印 {0} 份，第 {1} 份未能打印：{2}</source>
        <translation>{0} copies printed, copy {1} could not be printed: {2}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>缩小(&amp;-)</source>
        <translation>Zoom out (&amp;-)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缩小预览</source>
        <translation>Zoom the preview out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放大(&amp;+)</source>
        <translation>Zoom in (&amp;+)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>放大预览</source>
        <translation>Zoom the preview in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>适合宽度(&amp;W)</source>
        <translation>Fit &amp;width</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>预览适合宽度</source>
        <translation>Fit the preview to the width</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>共 {0} 页</source>
        <translation>{0} pages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择打印机</source>
        <translation>Choose a printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印机列表</source>
        <translation>Printers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在查找打印机…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印份数</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>打印文书</source>
        <translation>Print the document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印（Ctrl+P）</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存为PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>另存为PDF文件</source>
        <translation>Save as a PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>关闭打印预览</source>
        <translation>Close the print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭（Esc）</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>文书文件已损坏，无法预览和打印，请重新生成该文书。</source>
        <translation>The document file is damaged and cannot be previewed or printed. Please generate the document again.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>打印机(&amp;R)</source>
        <translation>P&amp;rinter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>份数(&amp;N)</source>
        <translation>&amp;Number of copies</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>第 {0} / {1} 页</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{0}（默认）</source>
        <translation>{0} (default)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（未找到）</source>
        <translation>{0} (not found)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF 文件：{0}</source>
        <translation>PDF file: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本机没有安装打印机</source>
        <translation>No printer installed on this PC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本机没有安装打印机，无法直接打印。可点「另存为PDF…」保存文件，在其他电脑上打印。</source>
        <translation>No printer is installed on this PC, so it cannot print. Use “Save as PDF…” to save the file and print it on another PC.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>正在打印，请稍候…</source>
        <translation>Printing, please wait…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已打印。</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>另存为PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>无法保存到“{0}”（{1}），请换一个文件夹后重试。</source>
        <translation>Could not save to “{0}” ({1}). Please choose another folder and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已保存到“{0}”。</source>
        <translation>Saved to “{0}”.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="+37"/>
        <location line="+4"/>
        <location line="+19"/>
        <source>您的号码</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+19"/>
        <source>请在休息区等候，注意呼叫及大屏显示信息</source>
        <translation>Please wait in the seating area and watch the screen and announcements</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>正在打印号票，请稍候…</source>
        <translation>Printing your ticket, please wait…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>如需帮助，请咨询大厅导服台工作人员</source>
        <translation>For help, please ask at the hall information desk</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../yk_desktop/gui/session.py" line="+54"/>
        <source>政务服务中心</source>
        <translation>Government Service Center</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>窗口工作台</source>
        <translation>Clerk workstation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自助取号机</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>叫号大屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理控制台</source>
        <translation>Manager console</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>窗口工作人员</source>
        <translation>Window clerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮办代办员</source>
        <translation>Proxy agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大厅负责人</source>
        <translation>Hall manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk_pages.py" line="-427"/>
        <source>请选择您要办理的业务</source>
        <translation>Please choose your service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>请选择优先类别（请准备好相关证件）：</source>
        <translation>Choose your priority group (please have your proof ready):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>一件事一次办</source>
        <translation>One-thing services: all done in one visit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>优先取号</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>优先取号（老年人、残疾人、孕妇等）</source>
        <translation>Priority ticket (elderly, disabled, pregnant, …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>重打上一张</source>
        <translation>Reprint last ticket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重打上一张号票</source>
        <translation>Reprint the last ticket</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>大字/语音引导</source>
        <translation>Large text / voice guide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>大字和语音引导模式</source>
        <translation>Large text and voice guidance mode</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>优先类别：{0}</source>
        <translation>Priority group: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>取号时间 {0:%H:%M}–{1:%H:%M}</source>
        <translation>Ticket hours {0:%H:%M}–{1:%H:%M}</translation>
    </message>
</context>
<context>
    <name>TicketButton</name>
    <message>
        <location line="-177"/>
        <source>当前等候 {0} 人</source>
        <translation>{0} waiting</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk_dialogs.py" line="-174"/>
        <location line="+43"/>
        <source>转窗</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>将 {0}（{1}）转往：</source>
        <translation>Transfer {0} ({1}) to:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>号票保留原取号时间重新等候，办事人无需重新排队。</source>
        <translation>The ticket keeps its original ticket time when it waits again; the applicant does not have to queue again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>其他业务类别(&amp;C)</source>
        <translation>Another &amp;category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到其他业务类别</source>
        <translation>Transfer to another category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定窗口(&amp;W)</source>
        <translation>A specific &amp;window</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到指定窗口</source>
        <translation>Transfer to a specific window</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>转往的业务类别</source>
        <translation>Category to transfer to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务类别列表</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>转往的窗口</source>
        <translation>Window to transfer to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>窗口列表</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 号窗口 · {1}</source>
        <translation>Window {0} · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}（暂停中）</source>
        <translation>{0} (paused)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转窗原因</source>
        <translation>Reason for the transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可不填，如：需先办理税务登记</source>
        <translation>Optional, e.g. needs to register for tax first</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>确定转窗</source>
        <translation>Confirm transfer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消转窗</source>
        <translation>Close without transferring</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>原因(&amp;R)</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>VoiceEngine</name>
    <message>
        <location filename="../../yk_desktop/gui/voice.py" line="-191"/>
        <source>未找到语音引擎 {0}</source>
        <translation>speech engine {0} not found</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>语音引擎 {0} 无法启动：{1}</source>
        <translation>speech engine {0} could not start: {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>未找到中文语音引擎</source>
        <translation>no Chinese voice found</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>语音引擎无响应</source>
        <translation>the speech engine does not respond</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>未找到语音引擎</source>
        <translation>no speech engine found</translation>
    </message>
</context>
<context>
    <name>WarningBanner</name>
    <message>
        <location filename="../../yk_desktop/gui/shell.py" line="-258"/>
        <source>启动提示</source>
        <translation>Start-up notice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭启动提示</source>
        <translation>Dismiss start-up notice</translation>
    </message>
</context>
<context>
    <name>_WorkingDialog</name>
    <message>
        <location filename="../../yk_desktop/gui/notice_dialog.py" line="-357"/>
        <source>提示信息</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{0} 已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} 未能打印：{1} 文书已存档，可在“文书存档”中重新打印。</source>
        <translation>{0} was not printed: {1} The document is archived; print it again from the Document archive.</translation>
    </message>
</context>
<context>
    <name>archive</name>
    <message>
        <location filename="../../yk_desktop/gui/archive.py" line="-374"/>
        <source>一次性告知书</source>
        <translation>One-time notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+15"/>
        <source>受理回执</source>
        <translation>Acceptance receipt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>受理回执（小票）</source>
        <translation>Acceptance receipt (slip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>补正通知</source>
        <translation>Correction notice</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>号票</source>
        <translation>Queue ticket</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>预约确认单</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委托书</source>
        <translation>Authorization</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>告知书</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} · 上次打印失败：{1}</source>
        <translation>{0} · last print failed: {1}</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印次数</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../yk_desktop/gui/main.py" line="+71"/>
        <source>营口政务服务大厅窗口系统</source>
        <translation>Yingkou Government Service Hall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>无法启动</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>中心数据库密码</source>
        <translation>Central database password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入中心数据库密码（仅保存在内存中）：</source>
        <translation>Central database password (kept in memory only):</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>启动失败：{0}</source>
        <translation>Start-up failed: {0}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>未知的模式：{0}</source>
        <translation>Unknown mode: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>当前账号无权打开此模式。</source>
        <translation>This account may not open this mode.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>当前账号无权打开{0}，已打开{1}。</source>
        <translation>This account may not open the {0}; the {1} is open instead.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>截图保存失败：{0}</source>
        <translation>Could not save the screenshot: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>等待数据加载超时，未截图。</source>
        <translation>Timed out waiting for data; no screenshot taken.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <location filename="../../yk_desktop/gui/models.py" line="+115"/>
        <source>即办</source>
        <translation>Immediate</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 个工作日</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>事项编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事项名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实施部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>法定时限</source>
        <translation>Statutory limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>承诺时限</source>
        <translation>Promised limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>网上可办</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>原件</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>复印件</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>纸质</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电子</source>
        <translation>Electronic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸质或电子</source>
        <translation>Paper or electronic</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>情形：{0}</source>
        <translation>If: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必需</source>
        <translation>Required</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>非必需</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ 可复用</source>
        <translation>✔ Reusable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必需/情形</source>
        <translation>Required / when</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原件/复印件</source>
        <translation>Original / copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>形式</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>可复用</source>
        <translation>Reusable</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>来源/说明</source>
        <translation>Issued by / note</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../yk_desktop/gui/workers.py" line="+214"/>
        <source>系统内部错误，请重试；如反复出现请联系信息管理员（错误编号 {0}）</source>
        <translation>Internal error, please try again; if it keeps happening, contact hall IT (reference {0})</translation>
    </message>
</context>
</TS>
