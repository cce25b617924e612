/// HTML text building: every piece of data goes through `escape`.
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML text.
                if ch.value < 0x20 && ch != "\t" && ch != "\n" { out += "\u{FFFD}" } else { out.unicodeScalars.append(ch) }
            }
        }
        return out
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    static func number(_ d: Double?) -> String {
        guard let d else { return "" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return String(d)
    }

    static let css = """
        body{font:14px/1.45 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header.top{background:#1f3b57;color:#fff;padding:12px 24px}
        header.top a{color:#cfe3ff}
        header.top h1{margin:4px 0;font-size:20px}
        main{padding:16px 24px;max-width:1500px}
        .meta{color:#5a6475;font-size:13px}
        table.list{border-collapse:collapse;background:#fff;margin:8px 0 20px}
        table.list th,table.list td{border:1px solid #d8dde5;padding:3px 8px;text-align:left;vertical-align:top}
        table.list th{background:#eef1f5}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .bad{color:#b3261e;font-weight:600}.good{color:#1e7b34}.muted{color:#7a8494}
        nav.outline{background:#fff;border:1px solid #d8dde5;padding:8px 16px;margin:8px 0 16px}
        nav.outline ul{margin:0;padding-left:18px}
        p.block{max-width:900px;margin:6px 0}
        p.list_item{margin-left:24px}
        p.caption{font-style:italic}
        p.footnote,p.toc{color:#5a6475;font-size:13px}
        .pair{display:flex;gap:16px;align-items:flex-start;margin:10px 0 22px;flex-wrap:wrap}
        .pair>div:first-child{flex:0 1 auto;min-width:0;overflow-x:auto}
        .pair>div:last-child{flex:1 1 0;min-width:380px}
        .tablebox{background:#fff;border:1px solid #c9d1dc;padding:8px}
        .tablebox h3{margin:0 0 6px;font-size:15px}
        table.grid{border-collapse:collapse;font-size:13px}
        table.grid th,table.grid td{border:1px solid #dfe3ea;padding:2px 6px;white-space:nowrap}
        table.grid thead th{background:#e9eef5;text-align:center}
        table.grid td.label{text-align:left;white-space:normal;min-width:220px}
        table.grid td.group{font-weight:600;background:#f7f9fb}
        table.grid td.v{text-align:right;font-variant-numeric:tabular-nums}
        pre.source{background:#fbfbf7;border:1px solid #e2e0cf;padding:6px 8px;font-size:12px;margin:0;overflow:auto}
        pre.source .ln{color:#a0a4ab;user-select:none}
        .srcnote{font-size:12px;color:#7a8494;margin:2px 0 4px}.stmt{font-size:12px;font-weight:600;color:#fff;background:#3d5a80;border-radius:3px;padding:1px 6px;margin-left:6px;vertical-align:middle}
        svg.page{display:block;margin:2px 0 8px}
        sup.fnref a{text-decoration:none;background:#fff3c4;padding:0 2px;border-radius:3px}
        li.fn:target,td:target,sup:target{background:#ffe680}
        .check-agrees{color:#1e7b34}.check-disagrees{color:#b3261e;font-weight:600}.check-unmatched{color:#7a8494}
        """
}
