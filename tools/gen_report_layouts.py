import uuid, re
def u(): return str(uuid.uuid4())
STYLES='''	<style name="Base" default="true" fontName="Liberation Serif" fontSize="11.0"/>
	<style name="TitleBold" style="Base" fontSize="13.0" bold="true" hTextAlign="Center"/>
	<style name="TitleItalic" style="Base" fontSize="13.0" italic="true" hTextAlign="Center"/>
	<style name="Cell" style="Base" vTextAlign="Top">
		<box topPadding="2" leftPadding="3" bottomPadding="3" rightPadding="3">
			<pen lineWidth="0.5"/>
		</box>
	</style>
	<style name="HeadCell" style="Cell" bold="true" hTextAlign="Center" vTextAlign="Middle"/>
	<style name="NumHeadCell" style="Cell" italic="true" hTextAlign="Center" vTextAlign="Middle"/>
	<style name="CenterCell" style="Cell" hTextAlign="Center"/>
	<style name="BoldCell" style="Cell" bold="true"/>
	<style name="BoldCenterCell" style="Cell" bold="true" hTextAlign="Center"/>'''
def txt(x,y,w,h,expr,style,extra=""):
    return f'''		<element kind="textField" uuid="{u()}" x="{x}" y="{y}" width="{w}" height="{h}" textAdjust="StretchHeight" blankWhenNull="true" {extra} style="{style}">
			<expression><![CDATA[{expr}]]></expression>
		</element>
'''
def cell(x,w,h,expr,style,stretch=True):
    st='stretchType="ContainerHeight" ' if stretch else ''
    return f'''			<element kind="textField" uuid="{u()}" x="{x}" y="0" width="{w}" height="{h}" {st}textAdjust="StretchHeight" blankWhenNull="true" style="{style}">
				<expression><![CDATA[{expr}]]></expression>
			</element>
'''
def static_cell(x,w,h,text,y=0,style="HeadCell"):
    return f'''		<element kind="staticText" uuid="{u()}" x="{x}" y="{y}" width="{w}" height="{h}" style="{style}">
			<text><![CDATA[{text}]]></text>
		</element>
'''
def param_cell(x,w,h,expr,y=0,style="HeadCell"):
    return f'''		<element kind="textField" uuid="{u()}" x="{x}" y="{y}" width="{w}" height="{h}" blankWhenNull="true" style="{style}">
			<expression><![CDATA[{expr}]]></expression>
		</element>
'''
def report(name, comment, landscape, fields, head_xml, head_h, bands_xml, groups_xml="", params="", extra_styles=""):
    if landscape: PW,PH,L,R,T,B,orient=842,595,85,43,57,43,' orientation="Landscape"'
    else: PW,PH,L,R,T,B,orient=595,842,85,43,57,57,''
    W=PW-L-R
    fields_xml=''.join(f'	<field name="{f}" class="{c}"/>\n' for f,c in fields)
    return W, f'''<?xml version="1.0" encoding="UTF-8"?>
<!--
{comment}
-->
<jasperReport name="{name}" language="java" pageWidth="{PW}" pageHeight="{PH}"{orient} columnWidth="{W}" leftMargin="{L}" rightMargin="{R}" topMargin="{T}" bottomMargin="{B}" uuid="{u()}">
	<property name="net.sf.jasperreports.export.xls.exclude.origin.band.page-number" value="pageHeader"/>
	<property name="net.sf.jasperreports.export.xls.exclude.origin.keep.first.band.table-header" value="columnHeader"/>
{STYLES}
{extra_styles}	<parameter name="DRAFT" class="java.lang.Boolean">
		<defaultValueExpression><![CDATA[Boolean.FALSE]]></defaultValueExpression>
	</parameter>
	<parameter name="APPENDIX_LABEL" class="java.lang.String"/>
	<parameter name="APPENDIX_TITLE" class="java.lang.String"/>
	<parameter name="APPENDIX_CAPTION" class="java.lang.String"/>
{params}{fields_xml}{groups_xml}	<title height="74" splitType="Prevent">
		<element kind="frame" uuid="{u()}" x="{W-106}" y="0" width="106" height="20">
			<printWhenExpression><![CDATA[Boolean.TRUE.equals($P{{DRAFT}})]]></printWhenExpression>
			<element kind="staticText" uuid="{u()}" x="0" y="0" width="106" height="20" fontSize="12.0" bold="true" hTextAlign="Center" vTextAlign="Middle">
				<box>
					<pen lineWidth="1.0"/>
				</box>
				<text><![CDATA[DỰ THẢO]]></text>
			</element>
		</element>
{txt(106,0,W-212,18,"$P{APPENDIX_LABEL}","TitleBold")}{txt(0,20,W,18,"$P{APPENDIX_TITLE}","TitleBold",'positionType="Float"')}{txt(0,40,W,18,"$P{APPENDIX_CAPTION}","TitleItalic",'positionType="Float"')}		<element kind="line" uuid="{u()}" x="{W//2-60}" y="62" width="120" height="1" positionType="Float">
			<pen lineWidth="0.75"/>
		</element>
	</title>
	<pageHeader height="22">
		<printWhenExpression><![CDATA[$V{{PAGE_NUMBER}} > 1]]></printWhenExpression>
		<element kind="textField" uuid="{u()}" x="{W//2-50}" y="0" width="100" height="16" hTextAlign="Center">
			<expression><![CDATA[$V{{PAGE_NUMBER}}]]></expression>
		</element>
	</pageHeader>
	<columnHeader height="{head_h}" splitType="Prevent">
{head_xml}	</columnHeader>
	<detail>
{bands_xml}	</detail>
</jasperReport>
'''

# ---------- plan appendix (landscape, 714 wide) ----------
widths=[30,160,190,90,140,104]; names=["tt","criterion","goal","lead","coordinating","timeframe"]
heads=["TT","Lĩnh vực/Tiêu chí/Tiêu chí thành phần","Mục tiêu, yêu cầu","Cơ quan phụ trách","Cơ quan phối hợp/thực hiện","Thời gian thực hiện/hoàn thành"]
head='';x=0
for i,w in enumerate(widths):
    head+=static_cell(x,w,40,heads[i])+static_cell(x,w,18,str(i+1),y=40,style="NumHeadCell"); x+=w
area=f'''		<band height="18" splitType="Prevent">
			<printWhenExpression><![CDATA["AREA".equals($F{{kind}})]]></printWhenExpression>
{cell(0,30,18,"$F{tt}","BoldCenterCell")}{cell(30,sum(widths)-30,18,"$F{criterion}","BoldCell")}		</band>
'''
x=0;cells=''
for f,w in zip(names,widths):
    cells+=cell(x,w,18,"$F{%s}"%f,"CenterCell" if f=="tt" else "Cell"); x+=w
item=f'''		<band height="18" splitType="Stretch">
			<printWhenExpression><![CDATA["ITEM".equals($F{{kind}})]]></printWhenExpression>
{cells}		</band>
'''
fields=[("kind","java.lang.String")]+[(n,"java.lang.String") for n in names]
W,xml=report("plan-appendix","""  Appendix of a plan (the "Phụ lục" of Plan 1908/KH-UBND): criteria with goal, lead unit, coordinating units and
  timeframe as printed, grouped by area (AREA rows with Roman numerals). A4 landscape, own page numbers from page 2;
  the column header repeats on every page. Rows: vn.cchc.portal.report.plan.PlanAppendixRow.""",True,fields,head,58,area+item)
assert sum(widths)==W
open('plan-appendix.jrxml','w').write(xml)

# ---------- campaign appendix (landscape) ----------
nind=6; w_tt,w_unit,w_ind,w_met,w_note=24,132,42,34,20
widths=[w_tt,w_unit]+[w_ind]*(2*nind)+[w_met,w_note]
fields=[("section","java.lang.String"),("no","java.lang.String"),("unitName","java.lang.String")]
for i in range(1,nind+1): fields+=[(f"t{i}","java.lang.String"),(f"a{i}","java.lang.String"),(f"m{i}","java.lang.Boolean")]
fields+=[("met","java.lang.String"),("note","java.lang.String")]
params=''.join(f'	<parameter name="IND{i}" class="java.lang.String"/>\n' for i in range(1,nind+1))
hh,sub=64,16
head=static_cell(0,w_tt,hh+sub,"TT")+static_cell(w_tt,w_unit,hh+sub,"Cơ quan, đơn vị, địa phương")
x=w_tt+w_unit
for i in range(1,nind+1):
    head+=param_cell(x,2*w_ind,hh,"$P{IND%d}"%i)
    head+=static_cell(x,w_ind,sub,"Chỉ tiêu",y=hh,style="NumHeadCell")+static_cell(x+w_ind,w_ind,sub,"Kết quả",y=hh,style="NumHeadCell")
    x+=2*w_ind
head+=static_cell(x,w_met,hh+sub,"Số chỉ tiêu đạt")+static_cell(x+w_met,w_note,hh+sub,"Ghi chú")
cells=cell(0,w_tt,18,"$F{no}","CenterCell")+cell(w_tt,w_unit,18,"$F{unitName}","Cell")
x=w_tt+w_unit
for i in range(1,nind+1):
    cells+=cell(x,w_ind,18,"$F{t%d}"%i,"CenterCell")+cell(x+w_ind,w_ind,18,"$F{a%d}"%i,"Actual%d"%i); x+=2*w_ind
cells+=cell(x,w_met,18,"$F{met}","CenterCell")+cell(x+w_met,w_note,18,"$F{note}","Cell")
extra=''.join(f'''	<style name="Actual{i}" style="CenterCell">
		<conditionalStyle bold="true" italic="true">
			<conditionExpression><![CDATA[Boolean.FALSE.equals($F{{m{i}}})]]></conditionExpression>
		</conditionalStyle>
	</style>
''' for i in range(1,nind+1))
det=f'''		<band height="18" splitType="Prevent">
{cells}		</band>
'''
group=f'''	<group name="section">
		<expression><![CDATA[$F{{section}}]]></expression>
		<groupHeader>
			<band height="22" splitType="Prevent">
				<element kind="textField" uuid="{u()}" x="0" y="4" width="{sum(widths)}" height="18" textAdjust="StretchHeight" blankWhenNull="true" style="BoldCell">
					<expression><![CDATA[$F{{section}}]]></expression>
				</element>
			</band>
		</groupHeader>
	</group>
'''
W,xml=report("campaign-appendix","""  Appendix of a campaign report (like Plan 629/KH-UBND, Appendices I and II): for every unit, per indicator the
  milestone's target and the actual result (bold italic when missed) and the number of targets met, in sections
  (departments, districts, communes). A4 landscape, own page numbers. Parameters IND1 … IND6 name the indicators
  (blank columns when fewer). Rows: vn.cchc.portal.report.campaign.CampaignAppendixRow.""",True,fields,head,hh+sub,det,group,params,extra)
assert sum(widths)==W,(sum(widths),W)
open('campaign-appendix.jrxml','w').write(xml)

# ---------- statistics appendix (portrait, 467 wide) ----------
widths=[44,223,70,60,70]
head=static_cell(0,44,46,"STT")+static_cell(44,223,46,"Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, năm)")
head+=static_cell(267,130,22,"Kết quả thống kê")+static_cell(267,70,24,"Đơn vị tính",y=22)+static_cell(337,60,24,"Số liệu",y=22)
head+=static_cell(397,70,46,"Ghi chú")
extra='''	<style name="RowCell" style="Cell">
		<conditionalStyle bold="true">
			<conditionExpression><![CDATA[Boolean.TRUE.equals($F{heading})]]></conditionExpression>
		</conditionalStyle>
	</style>
	<style name="RowCenterCell" style="CenterCell">
		<conditionalStyle bold="true">
			<conditionExpression><![CDATA[Boolean.TRUE.equals($F{heading})]]></conditionExpression>
		</conditionalStyle>
	</style>
	<style name="IndicatorCell" style="Cell">
		<conditionalStyle bold="true">
			<conditionExpression><![CDATA[Boolean.TRUE.equals($F{heading})]]></conditionExpression>
		</conditionalStyle>
		<conditionalStyle italic="true">
			<conditionExpression><![CDATA[Boolean.TRUE.equals($F{detail})]]></conditionExpression>
		</conditionalStyle>
	</style>
'''
cells=cell(0,44,18,"$F{code}","RowCenterCell")+cell(44,223,18,"$F{indicator}","IndicatorCell")+cell(267,70,18,"$F{unit}","RowCenterCell")+cell(337,60,18,"$F{value}","RowCenterCell")+cell(397,70,18,"$F{note}","RowCell")
det=f'''		<band height="18" splitType="Prevent">
{cells}		</band>
'''
fields=[("code","java.lang.String"),("indicator","java.lang.String"),("unit","java.lang.String"),("value","java.lang.String"),("note","java.lang.String"),("heading","java.lang.Boolean"),("detail","java.lang.Boolean")]
W,xml=report("statistics-appendix","""  Statistical appendix of a periodic CCHC report, in the layout of the 2021 report's "Phụ lục" (code, statistic,
  unit of measure, value, note). A4 portrait, own page numbers. Rows: vn.cchc.portal.report.periodic.StatisticRow.""",False,fields,head,46,det,"","",extra)
assert sum(widths)==W,(sum(widths),W)
open('statistics-appendix.jrxml','w').write(xml)
