"""Every sentence and word a user reads, in zh-Hans, zh-Hant and en.

zh-Hant was converted from zh-Hans with OpenCC (s2twp, Taiwan wording) when this file was
written and is kept here verbatim, because OpenCC does not run in the browser.
Placeholders in braces are filled by `text()`.
"""

from __future__ import annotations

LANGUAGES = ("zh-Hans", "zh-Hant", "en")
# Other spellings accepted for the three languages (the site's html lang values among them).
LANGUAGE_ALIASES = {"zh": "zh-Hans", "zh-CN": "zh-Hans", "zh-TW": "zh-Hant", "zh-HK": "zh-Hant"}

# Short name of each check.
TITLES = {
    'file-type': {
        'zh-Hans': '文件格式',
        'zh-Hant': '檔案格式',
        'en': 'File type',
    },
    'file-size': {
        'zh-Hans': '文件大小',
        'zh-Hant': '檔案大小',
        'en': 'File size',
    },
    'file-name': {
        'zh-Hans': '文件名',
        'zh-Hant': '檔名',
        'en': 'File name',
    },
    'resolution': {
        'zh-Hans': '分辨率',
        'zh-Hant': '解析度',
        'en': 'Resolution',
    },
    'color': {
        'zh-Hans': '彩色',
        'zh-Hant': '彩色',
        'en': 'Colour',
    },
    'exposure': {
        'zh-Hans': '曝光',
        'zh-Hant': '曝光',
        'en': 'Exposure',
    },
    'glare': {
        'zh-Hans': '反光',
        'zh-Hant': '反光',
        'en': 'Glare',
    },
    'sharpness': {
        'zh-Hans': '清晰度',
        'zh-Hant': '清晰度',
        'en': 'Sharpness',
    },
    'framing': {
        'zh-Hans': '完整入镜',
        'zh-Hant': '完整入鏡',
        'en': 'Framing',
    },
    'perspective': {
        'zh-Hans': '拍摄角度',
        'zh-Hant': '拍攝角度',
        'en': 'Angle',
    },
}

# Units of the measured values.
UNITS = {
    'px': {
        'zh-Hans': '像素',
        'zh-Hant': '畫素',
        'en': 'px',
    },
    'MB': {
        'zh-Hans': 'MB',
        'zh-Hant': 'MB',
        'en': 'MB',
    },
    '%': {
        'zh-Hans': '%',
        'zh-Hant': '%',
        'en': '%',
    },
    '°': {
        'zh-Hans': '°',
        'zh-Hant': '°',
        'en': '°',
    },
    'mm': {
        'zh-Hans': '毫米',
        'zh-Hant': '毫米',
        'en': 'mm',
    },
}

STATUSES = {
    'pass': {
        'zh-Hans': '通过',
        'zh-Hant': '通過',
        'en': 'pass',
    },
    'warn': {
        'zh-Hans': '注意',
        'zh-Hant': '注意',
        'en': 'warning',
    },
    'fail': {
        'zh-Hans': '不通过',
        'zh-Hant': '不通過',
        'en': 'fail',
    },
    'skip': {
        'zh-Hans': '未检查',
        'zh-Hant': '未檢查',
        'en': 'not checked',
    },
}

# Names of the picture's sides (framing).
SIDES = {
    'top': {
        'zh-Hans': '上边',
        'zh-Hant': '上邊',
        'en': 'top',
    },
    'right': {
        'zh-Hans': '右边',
        'zh-Hant': '右邊',
        'en': 'right',
    },
    'bottom': {
        'zh-Hans': '下边',
        'zh-Hant': '下邊',
        'en': 'bottom',
    },
    'left': {
        'zh-Hans': '左边',
        'zh-Hant': '左邊',
        'en': 'left',
    },
}

# Words of the command line's table and of its read errors.
WORDS = {
    'check': {
        'zh-Hans': '检查项',
        'zh-Hant': '檢查項',
        'en': 'Check',
    },
    'status': {
        'zh-Hans': '结果',
        'zh-Hant': '結果',
        'en': 'Result',
    },
    'value': {
        'zh-Hans': '测得',
        'zh-Hant': '測得',
        'en': 'Measured',
    },
    'limit': {
        'zh-Hans': '界限',
        'zh-Hant': '界限',
        'en': 'Limit',
    },
    'verdict': {
        'zh-Hans': '结论',
        'zh-Hant': '結論',
        'en': 'Verdict',
    },
    'list-separator': {
        'zh-Hans': '、',
        'zh-Hant': '、',
        'en': ', ',
    },
    'whole-picture': {
        'zh-Hans': '（没有找到证件轮廓，按整张图片计算）',
        'zh-Hant': '（沒有找到證件輪廓，按整張圖片計算）',
        'en': " (the document's outline was not found, so the whole picture was measured)",
    },
    'not-found': {
        'zh-Hans': '找不到文件：{path}',
        'zh-Hant': '找不到檔案：{path}',
        'en': 'File not found: {path}',
    },
    'not-a-file': {
        'zh-Hans': '不是文件：{path}',
        'zh-Hant': '不是檔案：{path}',
        'en': 'Not a file: {path}',
    },
    'unreadable': {
        'zh-Hans': '无法读取为图片（文件可能已损坏，或不是图片）：{path}',
        'zh-Hant': '無法讀取為圖片（檔案可能已損壞，或不是圖片）：{path}',
        'en': 'Cannot be read as a picture (the file may be damaged, or not a picture): {path}',
    },
    'too-many-pixels': {
        'zh-Hans': '图片有 {megapixels} 百万像素，超过可检查的上限 {limit} 百万像素：{path}',
        'zh-Hant': '圖片有 {megapixels} 百萬畫素，超過可檢查的上限 {limit} 百萬畫素：{path}',
        'en': 'The picture has {megapixels} megapixels, more than the {limit} megapixels that can be checked: {path}',
    },
}

# (check id, or "*" for every pixel check; reason) -> (message, advice) per language.
TEXT = {
    ('file-type', 'accepted'): {
        'zh-Hans': (
            '文件格式为 {kind}，亚马逊接受。',
            '无需修改。',
        ),
        'zh-Hant': (
            '檔案格式為 {kind}，亞馬遜接受。',
            '無需修改。',
        ),
        'en': (
            'The file is a {kind}, a type Amazon accepts.',
            'Nothing to change.',
        ),
    },
    ('file-type', 'unsupported'): {
        'zh-Hans': (
            '文件格式 {kind} 不在亚马逊接受的范围内（PNG、JPEG、TIFF、PDF）。',
            '把文件另存或导出为 JPEG、PNG 或 PDF；只改扩展名没有用。',
        ),
        'zh-Hant': (
            '檔案格式 {kind} 不在亞馬遜接受的範圍內（PNG、JPEG、TIFF、PDF）。',
            '把檔案另存或匯出為 JPEG、PNG 或 PDF；只改副檔名沒有用。',
        ),
        'en': (
            'The file type {kind} is not one Amazon accepts (PNG, JPEG, TIFF, PDF).',
            'Save or export the file as JPEG, PNG or PDF; renaming the extension alone does not help.',
        ),
    },
    ('file-type', 'heic'): {
        'zh-Hans': (
            '这是 HEIC/HEIF 照片（iPhone 的默认格式），亚马逊不接受。',
            '在 iPhone 上把“设置 › 相机 › 格式”改为“兼容性最佳”后重拍，或把照片导出为 JPEG。',
        ),
        'zh-Hant': (
            '這是 HEIC/HEIF 照片（iPhone 的預設格式），亞馬遜不接受。',
            '在 iPhone 上把“設定 › 相機 › 格式”改為“相容性最佳”後重拍，或把照片匯出為 JPEG。',
        ),
        'en': (
            "This is a HEIC/HEIF photo (the iPhone's default format), which Amazon does not accept.",
            'On the iPhone, set Settings › Camera › Formats to Most Compatible and shoot again, or export the photo as JPEG.',
        ),
    },
    ('file-type', 'unknown'): {
        'zh-Hans': (
            '无法判断文件格式（没有文件名，也没有文件类型）。',
            '上传前确认文件是 PNG、JPEG、TIFF 或 PDF。',
        ),
        'zh-Hant': (
            '無法判斷檔案格式（沒有檔名，也沒有檔案型別）。',
            '上傳前確認檔案是 PNG、JPEG、TIFF 或 PDF。',
        ),
        'en': (
            'The file type is unknown (no file name and no type given).',
            'Before uploading, make sure the file is PNG, JPEG, TIFF or PDF.',
        ),
    },
    ('file-size', 'ok'): {
        'zh-Hans': (
            '文件大小 {value} MB，低于亚马逊 {limit} MB 的上限。',
            '无需修改。',
        ),
        'zh-Hant': (
            '檔案大小 {value} MB，低於亞馬遜 {limit} MB 的上限。',
            '無需修改。',
        ),
        'en': (
            "The file is {value} MB, under Amazon's limit of {limit} MB.",
            'Nothing to change.',
        ),
    },
    ('file-size', 'too-large'): {
        'zh-Hans': (
            '文件大小 {value} MB，达到或超过亚马逊 {limit} MB 的上限。',
            '压缩后再上传：照片可导出为 JPEG（质量约 85，长边约 3000 像素）；PDF 可用“减小文件大小”另存。',
        ),
        'zh-Hant': (
            '檔案大小 {value} MB，達到或超過亞馬遜 {limit} MB 的上限。',
            '壓縮後再上傳：照片可匯出為 JPEG（質量約 85，長邊約 3000 畫素）；PDF 可用“減小檔案大小”另存。',
        ),
        'en': (
            "The file is {value} MB, at or over Amazon's limit of {limit} MB.",
            'Make it smaller before uploading: export a photo as JPEG (quality about 85, long side about 3000 px); save a PDF with a reduced file size.',
        ),
    },
    ('file-size', 'empty'): {
        'zh-Hans': (
            '文件是空的（0 字节）。',
            '重新导出或重新拍摄，并确认文件能正常打开。',
        ),
        'zh-Hant': (
            '檔案是空的（0 位元組）。',
            '重新匯出或重新拍攝，並確認檔案能正常開啟。',
        ),
        'en': (
            'The file is empty (0 bytes).',
            'Export or take it again, and check that the file opens.',
        ),
    },
    ('file-size', 'unknown'): {
        'zh-Hans': (
            '不知道文件大小。',
            '上传前确认文件小于 10 MB。',
        ),
        'zh-Hant': (
            '不知道檔案大小。',
            '上傳前確認檔案小於 10 MB。',
        ),
        'en': (
            'The file size is unknown.',
            'Before uploading, make sure the file is under 10 MB.',
        ),
    },
    ('file-name', 'ok'): {
        'zh-Hans': (
            '文件名里没有 $、& 或 #。',
            '无需修改。',
        ),
        'zh-Hant': (
            '檔名裡沒有 $、& 或 #。',
            '無需修改。',
        ),
        'en': (
            'The file name has no $, & or #.',
            'Nothing to change.',
        ),
    },
    ('file-name', 'forbidden'): {
        'zh-Hans': (
            '文件名含有亚马逊不允许的字符：{chars}。',
            '给文件改名，只用字母、数字、短横线或下划线，例如 id-front.jpg。',
        ),
        'zh-Hant': (
            '檔名含有亞馬遜不允許的字元：{chars}。',
            '給檔案改名，只用字母、數字、短橫線或下劃線，例如 id-front.jpg。',
        ),
        'en': (
            'The file name contains characters Amazon does not allow: {chars}.',
            'Rename the file using only letters, digits, hyphens or underscores, e.g. id-front.jpg.',
        ),
    },
    ('file-name', 'unknown'): {
        'zh-Hans': (
            '没有文件名。',
            '上传前确认文件名里没有 $、& 或 #。',
        ),
        'zh-Hant': (
            '沒有檔名。',
            '上傳前確認檔名裡沒有 $、& 或 #。',
        ),
        'en': (
            'There is no file name.',
            'Before uploading, make sure the file name has no $, & or #.',
        ),
    },
    ('resolution', 'ok'): {
        'zh-Hans': (
            '证件长边有 {value} 像素，足够看清文字。',
            '无需修改。',
        ),
        'zh-Hant': (
            '證件長邊有 {value} 畫素，足夠看清文字。',
            '無需修改。',
        ),
        'en': (
            'The document is {value} px along its long side, enough to read.',
            'Nothing to change.',
        ),
    },
    ('resolution', 'low'): {
        'zh-Hans': (
            '证件长边只有 {value} 像素，少于建议的 {limit} 像素，小字可能看不清。',
            '靠近一些拍，让证件占满画面的大部分（四周留一点空白），或用 300 DPI 扫描。',
        ),
        'zh-Hant': (
            '證件長邊只有 {value} 畫素，少於建議的 {limit} 畫素，小字可能看不清。',
            '靠近一些拍，讓證件佔滿畫面的大部分（四周留一點空白），或用 300 DPI 掃描。',
        ),
        'en': (
            'The document is only {value} px along its long side, under the advised {limit} px; small print may not be legible.',
            'Move closer so the document fills most of the picture (with a little space around it), or scan it at 300 DPI.',
        ),
    },
    ('resolution', 'too-low'): {
        'zh-Hans': (
            '证件长边只有 {value} 像素，少于 {limit} 像素，文字无法辨认。',
            '靠近一些拍，让证件占满画面的大部分（四周留一点空白），或用 300 DPI 扫描。',
        ),
        'zh-Hant': (
            '證件長邊只有 {value} 畫素，少於 {limit} 畫素，文字無法辨認。',
            '靠近一些拍，讓證件佔滿畫面的大部分（四周留一點空白），或用 300 DPI 掃描。',
        ),
        'en': (
            'The document is only {value} px along its long side, under {limit} px: the text cannot be read.',
            'Move closer so the document fills most of the picture (with a little space around it), or scan it at 300 DPI.',
        ),
    },
    ('color', 'ok'): {
        'zh-Hans': (
            '照片是彩色的（{value}% 的证件面积有颜色）。',
            '无需修改。',
        ),
        'zh-Hant': (
            '照片是彩色的（{value}% 的證件面積有顏色）。',
            '無需修改。',
        ),
        'en': (
            'The picture is in colour ({value}% of the document is coloured).',
            'Nothing to change.',
        ),
    },
    ('color', 'weak'): {
        'zh-Hans': (
            '证件上几乎没有颜色（只有 {value}% 的面积有颜色，低于 {limit}%），可能被当作黑白复印件。',
            '拍摄或彩色扫描原件；不要上传复印件、黑白扫描件，也不要用黑白滤镜。',
        ),
        'zh-Hant': (
            '證件上幾乎沒有顏色（只有 {value}% 的面積有顏色，低於 {limit}%），可能被當作黑白影印件。',
            '拍攝或彩色掃描原件；不要上傳影印件、黑白掃描件，也不要用黑白濾鏡。',
        ),
        'en': (
            'There is hardly any colour on the document (only {value}% of it is coloured, under {limit}%); it may be taken for a black-and-white copy.',
            'Photograph or colour-scan the original; do not upload a photocopy or a black-and-white scan, and do not use a mono filter.',
        ),
    },
    ('color', 'greyscale'): {
        'zh-Hans': (
            '证件是黑白或灰度的（只有 {value}% 的面积有颜色，低于 {limit}%），亚马逊要求彩色。',
            '拍摄或彩色扫描原件；不要上传复印件、黑白扫描件，也不要用黑白滤镜。',
        ),
        'zh-Hant': (
            '證件是黑白或灰度的（只有 {value}% 的面積有顏色，低於 {limit}%），亞馬遜要求彩色。',
            '拍攝或彩色掃描原件；不要上傳影印件、黑白掃描件，也不要用黑白濾鏡。',
        ),
        'en': (
            'The document is black-and-white or greyscale (only {value}% of it is coloured, under {limit}%); Amazon asks for colour.',
            'Photograph or colour-scan the original; do not upload a photocopy or a black-and-white scan, and do not use a mono filter.',
        ),
    },
    ('exposure', 'ok'): {
        'zh-Hans': (
            '亮度和对比度合适（亮度 {value}）。',
            '无需修改。',
        ),
        'zh-Hant': (
            '亮度和對比度合適（亮度 {value}）。',
            '無需修改。',
        ),
        'en': (
            'Brightness and contrast are fine (brightness {value}).',
            'Nothing to change.',
        ),
    },
    ('exposure', 'dark'): {
        'zh-Hans': (
            '证件太暗（亮度 {value}，下限 {limit}）。',
            '到明亮、均匀的光线下重拍，不要逆光，不要用闪光灯直射。',
        ),
        'zh-Hant': (
            '證件太暗（亮度 {value}，下限 {limit}）。',
            '到明亮、均勻的光線下重拍，不要逆光，不要用閃光燈直射。',
        ),
        'en': (
            'The document is too dark (brightness {value}, lower limit {limit}).',
            'Take it again in bright, even light: not against the light, and without direct flash.',
        ),
    },
    ('exposure', 'washed-out'): {
        'zh-Hans': (
            '证件曝光过度：{value}% 的面积变成了纯白（上限 {limit}%），浅色的文字和花纹已经看不见。',
            '避开强光直射，在屏幕上点一下证件让手机按证件测光，必要时调低曝光后重拍。',
        ),
        'zh-Hant': (
            '證件曝光過度：{value}% 的面積變成了純白（上限 {limit}%），淺色的文字和花紋已經看不見。',
            '避開強光直射，在螢幕上點一下證件讓手機按證件測光，必要時調低曝光後重拍。',
        ),
        'en': (
            'The document is over-exposed: {value}% of it is blown out to pure white (limit {limit}%), and pale print and patterns there are lost.',
            'Keep out of harsh direct light, tap the document on the screen so the phone meters on it, and lower the exposure if needed.',
        ),
    },
    ('glare', 'ok'): {
        'zh-Hans': (
            '证件上没有明显的反光。',
            '无需修改。',
        ),
        'zh-Hant': (
            '證件上沒有明顯的反光。',
            '無需修改。',
        ),
        'en': (
            'There is no noticeable glare on the document.',
            'Nothing to change.',
        ),
    },
    ('glare', 'glare'): {
        'zh-Hans': (
            '证件上有反光，遮住了 {value}% 的面积（上限 {limit}%）。',
            '稍微倾斜证件或换个位置，避开灯光和窗户的反射；不要用闪光灯；取下证件套。',
        ),
        'zh-Hant': (
            '證件上有反光，遮住了 {value}% 的面積（上限 {limit}%）。',
            '稍微傾斜證件或換個位置，避開燈光和窗戶的反射；不要用閃光燈；取下證件套。',
        ),
        'en': (
            'Glare covers {value}% of the document (limit {limit}%).',
            'Tilt the document slightly or move it away from reflections of lamps and windows; do not use flash; take the card out of its sleeve.',
        ),
    },
    ('sharpness', 'ok'): {
        'zh-Hans': (
            '文字边缘清晰（在证件上约 {value} 毫米宽）。',
            '无需修改。',
        ),
        'zh-Hant': (
            '文字邊緣清晰（在證件上約 {value} 毫米寬）。',
            '無需修改。',
        ),
        'en': (
            'Edges are crisp (about {value} mm wide on the document).',
            'Nothing to change.',
        ),
    },
    ('sharpness', 'soft'): {
        'zh-Hans': (
            '照片有些模糊：边缘在证件上约 {value} 毫米宽，超过 {limit} 毫米，小字可能看不清。',
            '拿稳手机（手肘靠在桌上），点一下屏幕上的证件对焦，等画面清楚后再拍；光线暗时更容易手抖，尽量在明亮处拍。',
        ),
        'zh-Hant': (
            '照片有些模糊：邊緣在證件上約 {value} 毫米寬，超過 {limit} 毫米，小字可能看不清。',
            '拿穩手機（手肘靠在桌上），點一下螢幕上的證件對焦，等畫面清楚後再拍；光線暗時更容易手抖，儘量在明亮處拍。',
        ),
        'en': (
            'The picture is a little soft: edges spread over about {value} mm of the document, more than {limit} mm; small print may blur.',
            'Hold the phone steady (elbows on the table), tap the document on the screen to focus, and shoot once the picture is crisp; shake is likelier in dim light, so find a bright place.',
        ),
    },
    ('sharpness', 'coarse'): {
        'zh-Hans': (
            '边缘在证件上约 {value} 毫米宽，接近 {limit} 毫米的上限；证件在照片里太小，像素太粗，看不出小字是否清楚。',
            '靠近一些拍，让证件占满画面的大部分，或用 300 DPI 扫描；拍照时拿稳手机，点一下屏幕上的证件对焦。',
        ),
        'zh-Hant': (
            '邊緣在證件上約 {value} 毫米寬，接近 {limit} 毫米的上限；證件在照片裡太小，像素太粗，看不出小字是否清楚。',
            '靠近一些拍，讓證件佔滿畫面的大部分，或用 300 DPI 掃描；拍照時拿穩手機，點一下螢幕上的證件對焦。',
        ),
        'en': (
            'Edges measure about {value} mm on the document, close to the {limit} mm limit: the document is too small in the picture, its pixels too coarse to tell whether small print is crisp.',
            'Move closer so the document fills most of the picture, or scan it at 300 DPI; when taking a photo, hold the phone steady and tap the document on the screen to focus.',
        ),
    },
    ('sharpness', 'blurred'): {
        'zh-Hans': (
            '照片模糊：边缘在证件上约 {value} 毫米宽，超过 {limit} 毫米，文字的笔画糊在一起。',
            '拿稳手机（手肘靠在桌上），点一下屏幕上的证件对焦，等画面清楚后再拍；光线暗时更容易手抖，尽量在明亮处拍。',
        ),
        'zh-Hant': (
            '照片模糊：邊緣在證件上約 {value} 毫米寬，超過 {limit} 毫米，文字的筆畫糊在一起。',
            '拿穩手機（手肘靠在桌上），點一下螢幕上的證件對焦，等畫面清楚後再拍；光線暗時更容易手抖，儘量在明亮處拍。',
        ),
        'en': (
            'The picture is blurred: edges spread over about {value} mm of the document, more than {limit} mm; the strokes of the text run together.',
            'Hold the phone steady (elbows on the table), tap the document on the screen to focus, and shoot once the picture is crisp; shake is likelier in dim light, so find a bright place.',
        ),
    },
    ('sharpness', 'no-detail'): {
        'zh-Hans': (
            '证件上找不到清晰的文字或边缘。',
            '拿稳手机（手肘靠在桌上），点一下屏幕上的证件对焦，等画面清楚后再拍；光线暗时更容易手抖，尽量在明亮处拍。',
        ),
        'zh-Hant': (
            '證件上找不到清晰的文字或邊緣。',
            '拿穩手機（手肘靠在桌上），點一下螢幕上的證件對焦，等畫面清楚後再拍；光線暗時更容易手抖，儘量在明亮處拍。',
        ),
        'en': (
            'No crisp text or edges were found on the document.',
            'Hold the phone steady (elbows on the table), tap the document on the screen to focus, and shoot once the picture is crisp; shake is likelier in dim light, so find a bright place.',
        ),
    },
    ('framing', 'ok'): {
        'zh-Hans': (
            '证件四角和四边都在画面内，留有空白。',
            '无需修改。',
        ),
        'zh-Hant': (
            '證件四角和四邊都在畫面內，留有空白。',
            '無需修改。',
        ),
        'en': (
            'All corners and edges of the document are inside the picture, with a margin.',
            'Nothing to change.',
        ),
    },
    ('framing', 'close'): {
        'zh-Hans': (
            '证件离画面边缘太近（{sides}）：空白只有画面短边的 {value}%，建议至少 {limit}%。',
            '退后一点或移动手机，让证件四角都在画面内，四周留出一圈空白。',
        ),
        'zh-Hant': (
            '證件離畫面邊緣太近（{sides}）：空白只有畫面短邊的 {value}%，建議至少 {limit}%。',
            '退後一點或移動手機，讓證件四角都在畫面內，四周留出一圈空白。',
        ),
        'en': (
            "The document is very close to the edge of the picture ({sides}): the margin is {value}% of the picture's shorter side, at least {limit}% is advised.",
            'Step back or move the phone so that all four corners are inside the picture, with a margin all round.',
        ),
    },
    ('framing', 'cut-off'): {
        'zh-Hans': (
            '证件有一部分在画面外或贴着画面边缘（{sides}）。',
            '退后一点或移动手机，让证件四角都在画面内，四周留出一圈空白。',
        ),
        'zh-Hant': (
            '證件有一部分在畫面外或貼著畫面邊緣（{sides}）。',
            '退後一點或移動手機，讓證件四角都在畫面內，四周留出一圈空白。',
        ),
        'en': (
            'Part of the document is outside the picture or touches its edge ({sides}).',
            'Step back or move the phone so that all four corners are inside the picture, with a margin all round.',
        ),
    },
    ('framing', 'no-outline'): {
        'zh-Hans': (
            '没有找到证件的轮廓，无法检查是否完整入镜。',
            '把证件放在颜色与它不同的平面上（例如深色桌面），四周留出空白后重拍。',
        ),
        'zh-Hant': (
            '沒有找到證件的輪廓，無法檢查是否完整入鏡。',
            '把證件放在顏色與它不同的平面上（例如深色桌面），四周留出空白後重拍。',
        ),
        'en': (
            "The document's outline was not found, so framing could not be checked.",
            'Lay the document on a surface of a different colour (a dark table, say), leave space around it and shoot again.',
        ),
    },
    ('perspective', 'ok'): {
        'zh-Hans': (
            '拍摄角度端正（四角偏离直角最多 {value}°）。',
            '无需修改。',
        ),
        'zh-Hant': (
            '拍攝角度端正（四角偏離直角最多 {value}°）。',
            '無需修改。',
        ),
        'en': (
            'The angle is straight on (corners at most {value}° off a right angle).',
            'Nothing to change.',
        ),
    },
    ('perspective', 'tilted'): {
        'zh-Hans': (
            '拍摄角度有些斜：四角偏离直角 {value}°，建议不超过 {limit}°。',
            '把手机端平，与证件平行，从正上方拍摄。',
        ),
        'zh-Hant': (
            '拍攝角度有些斜：四角偏離直角 {value}°，建議不超過 {limit}°。',
            '把手機端平，與證件平行，從正上方拍攝。',
        ),
        'en': (
            'The picture is taken at a slant: corners are {value}° off a right angle, at most {limit}° is advised.',
            'Hold the phone flat, parallel to the document, and shoot from straight above.',
        ),
    },
    ('perspective', 'steep'): {
        'zh-Hans': (
            '拍摄角度太斜：四角偏离直角 {value}°，超过 {limit}°，证件变形。',
            '把手机端平，与证件平行，从正上方拍摄。',
        ),
        'zh-Hant': (
            '拍攝角度太斜：四角偏離直角 {value}°，超過 {limit}°，證件變形。',
            '把手機端平，與證件平行，從正上方拍攝。',
        ),
        'en': (
            'The picture is taken at a steep angle: corners are {value}° off a right angle, over {limit}°; the document is distorted.',
            'Hold the phone flat, parallel to the document, and shoot from straight above.',
        ),
    },
    ('perspective', 'cut-off'): {
        'zh-Hans': (
            '证件的四个角都落在画面边缘上，无法检查拍摄角度。',
            '先让证件完整入镜，再从正上方拍摄。',
        ),
        'zh-Hant': (
            '證件的四個角都落在畫面邊緣上，無法檢查拍攝角度。',
            '先讓證件完整入鏡，再從正上方拍攝。',
        ),
        'en': (
            'All four corners of the document lie on the edge of the picture, so the angle could not be checked.',
            'First get the whole document into the picture, then shoot from straight above.',
        ),
    },
    ('perspective', 'no-outline'): {
        'zh-Hans': (
            '没有找到证件的轮廓，无法检查拍摄角度。',
            '把证件放在颜色与它不同的平面上，从正上方重拍。',
        ),
        'zh-Hant': (
            '沒有找到證件的輪廓，無法檢查拍攝角度。',
            '把證件放在顏色與它不同的平面上，從正上方重拍。',
        ),
        'en': (
            "The document's outline was not found, so the angle could not be checked.",
            'Lay the document on a surface of a different colour and shoot again from straight above.',
        ),
    },
    ('*', 'pdf'): {
        'zh-Hans': (
            'PDF 文件的画面不在这里检查。',
            '自己确认每一页彩色、清晰、完整、没有反光。',
        ),
        'zh-Hant': (
            'PDF 檔案的畫面不在這裡檢查。',
            '自己確認每一頁彩色、清晰、完整、沒有反光。',
        ),
        'en': (
            'The pages of a PDF are not checked here.',
            'Check yourself that every page is in colour, sharp, complete and free of glare.',
        ),
    },
    ('*', 'heic'): {
        'zh-Hans': (
            'HEIC 照片在这里无法读取，画面没有检查。',
            '先把照片导出为 JPEG，再检查一次。',
        ),
        'zh-Hant': (
            'HEIC 照片在這裡無法讀取，畫面沒有檢查。',
            '先把照片匯出為 JPEG，再檢查一次。',
        ),
        'en': (
            'A HEIC photo cannot be read here, so the picture was not checked.',
            'Export the photo as JPEG first, then check it again.',
        ),
    },
    ('*', 'unreadable'): {
        'zh-Hans': (
            '文件无法读取为图片（可能已损坏，或不是图片），画面没有检查。',
            '重新导出或重新拍摄，确认文件能在相册或看图软件中打开。',
        ),
        'zh-Hant': (
            '檔案無法讀取為圖片（可能已損壞，或不是圖片），畫面沒有檢查。',
            '重新匯出或重新拍攝，確認檔案能在相簿或看圖軟體中開啟。',
        ),
        'en': (
            'The file cannot be read as a picture (it may be damaged, or not a picture), so the picture was not checked.',
            'Export or take it again, and check that the file opens in a photo viewer.',
        ),
    },
    ('*', 'blank'): {
        'zh-Hans': (
            '画面几乎是一片空白，无法检查这一项。',
            '确认拍到的是证件本身，光线正常，然后重拍。',
        ),
        'zh-Hant': (
            '畫面幾乎是一片空白，無法檢查這一項。',
            '確認拍到的是證件本身，光線正常，然後重拍。',
        ),
        'en': (
            'The picture is almost blank, so this could not be checked.',
            'Make sure the picture shows the document itself in normal light, then take it again.',
        ),
    },
    ('*', 'unseen-edges'): {
        'zh-Hans': (
            '画面太暗或曝光过度，看不清证件的边缘，这一项无法检查。',
            '先按“曝光”一项的建议重拍，再检查这一项。',
        ),
        'zh-Hant': (
            '畫面太暗或曝光過度，看不清證件的邊緣，這一項無法檢查。',
            '先按“曝光”一項的建議重拍，再檢查這一項。',
        ),
        'en': (
            "The picture is too dark or too washed out to show the document's edges, so this could not be checked.",
            'Take the picture again as the exposure check advises, then check this again.',
        ),
    },
    ('*', 'too-small'): {
        'zh-Hans': (
            '图片太小（{width}×{height} 像素），无法检查这一项。',
            '靠近一些拍，让证件占满画面的大部分（四周留一点空白），或用 300 DPI 扫描。',
        ),
        'zh-Hant': (
            '圖片太小（{width}×{height} 畫素），無法檢查這一項。',
            '靠近一些拍，讓證件佔滿畫面的大部分（四周留一點空白），或用 300 DPI 掃描。',
        ),
        'en': (
            'The picture is too small ({width}×{height} px) to check this.',
            'Move closer so the document fills most of the picture (with a little space around it), or scan it at 300 DPI.',
        ),
    },
}


def language(lang: str) -> str:
    """The canonical name of a supported language; ValueError for any other."""
    lang = LANGUAGE_ALIASES.get(lang, lang)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: use one of {', '.join(LANGUAGES)}")
    return lang


def text(check_id: str, reason: str, lang: str, **values) -> tuple[str, str]:
    """(message, advice) for a check's outcome, with its placeholders filled."""
    entry = TEXT.get((check_id, reason)) or TEXT[("*", reason)]
    message, advice = entry[lang]
    return message.format(**values), advice.format(**values)


def word(key: str, lang: str, **values) -> str:
    """A word or sentence of the command line, filled."""
    return WORDS[key][lang].format(**values)
