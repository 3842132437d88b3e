<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CategoryButton</name>
    <message>
        <location filename="../../yk_desktop/gui/kiosk.py" line="+76"/>
        <source>当前等候 {0} 人</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1}，当前等候 {2} 人</source>
        <translation>{0} {1}, {2} waiting</translation>
    </message>
</context>
<context>
    <name>ClerkPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/clerk.py" line="+81"/>
        <location line="+5"/>
        <source>当前号码</source>
        <translation>Current number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未叫号</source>
        <translation>No number called yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>呼叫下一位 (F1)</source>
        <translation>Call next (F1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>呼叫下一位</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>叫号提示</source>
        <translation>Call message</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+19"/>
        <source>本窗口等候人数</source>
        <translation>Waiting for this window</translation>
    </message>
    <message>
        <location line="-12"/>
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
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>本机未设置窗口号，不能叫号。请在配置文件 [terminal] 中设置 window。</source>
        <translation>This PC has no window number, so it cannot call. Set window under [terminal] in the config file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>叫号</source>
        <translation>Calling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 号窗口 · 叫号</source>
        <translation>Window {0} · Calling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本次已呼叫：{0} 位</source>
        <translation>Called this session: {0}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}（优先：{1}）</source>
        <translation>{0} (priority: {1})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>优先</source>
        <translation>priority</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>叫号时间 {0:%H:%M:%S}</source>
        <translation>Called at {0:%H:%M:%S}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已呼叫 {0}，请到 {1} 号窗口</source>
        <translation>Called {0} to window {1}</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <location filename="../../yk_desktop/gui/display.py" line="+131"/>
        <location line="+111"/>
        <source>欢迎光临，请留意叫号信息</source>
        <translation>Welcome — please watch for your number</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>最新叫号</source>
        <translation>Latest call</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+14"/>
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
        <location line="+33"/>
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
        <location line="+67"/>
        <source>请 {0} 号到 {1} 号窗口办理</source>
        <translation>Number {0}, please go to window {1}</translation>
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
        <location line="+63"/>
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
        <location line="+10"/>
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
        <location filename="../../yk_desktop/gui/kiosk.py" line="+47"/>
        <source>请选择您要办理的业务</source>
        <translation>Please choose your service</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>优先取号（老年人、残疾人、孕妇等）</source>
        <translation>Priority ticket (elderly, disabled, pregnant, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>优先取号</source>
        <translation>Priority ticket</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>暂无可取号的业务，请咨询大厅工作人员。</source>
        <translation>No service is open for tickets. Please ask the hall staff.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>优先类别：{0}</source>
        <translation>Priority group: {0}</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+4"/>
        <location line="+25"/>
        <source>您的号码</source>
        <translation>Your number</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+29"/>
        <source>请在休息区等候，注意呼叫及大屏显示信息</source>
        <translation>Please wait in the seating area and watch the screen and announcements</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+2"/>
        <source>返回首页</source>
        <translation>Back to start</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>优先服务：{0}</source>
        <translation>Priority service: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前面还有 {0} 人等待</source>
        <translation>{0} waiting before you</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>暂时不能取号</source>
        <translation>Tickets are not available now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取号未成功</source>
        <translation>The ticket could not be issued</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>如需帮助，请咨询大厅导服台工作人员</source>
        <translation>For help, please ask at the hall information desk</translation>
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
        <location line="+91"/>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="-89"/>
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
        <location line="+8"/>
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
        <location filename="../../yk_desktop/gui/manager.py" line="+120"/>
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
        <location line="+76"/>
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
        <location line="-181"/>
        <source>有 {0} 条启动提示，请信息管理员执行 yk-desktop doctor 查看</source>
        <translation>{0} start-up note(s): hall IT, please run yk-desktop doctor</translation>
    </message>
    <message>
        <location line="+185"/>
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
    <name>Session</name>
    <message>
        <location filename="../../yk_desktop/gui/session.py" line="+43"/>
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
    <name>WarningBanner</name>
    <message>
        <location filename="../../yk_desktop/gui/shell.py" line="-259"/>
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
    <name>main</name>
    <message>
        <location filename="../../yk_desktop/gui/main.py" line="+66"/>
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
        <location line="+26"/>
        <source>未知的模式：{0}</source>
        <translation>Unknown mode: {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>当前账号无权打开此模式。</source>
        <translation>This account may not open this mode.</translation>
    </message>
    <message>
        <location line="+28"/>
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
