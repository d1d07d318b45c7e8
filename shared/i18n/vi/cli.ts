// Words of the command-line tools (server start, accounts CLI and its CSV import) and of the page the server shows
// when the client is not built. Never loaded by a browser's chunks.
import { auditCli } from './audit-cli.ts';

export const cli = {
  ...auditCli,
  'cli.demoAccounts': 'Tài khoản dùng thử (chỉ có trong cơ sở dữ liệu demo):',
  'cli.demoWindow': 'Khảo sát dùng thử “{survey}” nhận phỏng vấn trực tiếp từ {start} đến hết {end} (giờ Việt Nam), tính từ ngày tạo cơ sở dữ liệu demo.',
  'cli.listening': 'Phiếu đang chạy tại {url}',
  'cli.dataDir': 'Thư mục dữ liệu: {dir}',
  'cli.noClient': 'Chưa có bản dựng giao diện web ở {dir}: các trang trả lời 503, API vẫn chạy. Chạy npm run build (không cần khởi động lại máy chủ), hoặc đặt PHIEU_STATIC_DIR là thư mục của một bản dựng.',
  'cli.noClientTitle': 'Giao diện web chưa được dựng',
  'cli.noClientPage': 'Máy chủ Phiếu đang chạy và API vẫn hoạt động, nhưng chưa có bản dựng của ứng dụng web. Trên máy chủ, chạy npm run build rồi tải lại trang này.',
  'cli.noDatabase': 'Chưa có cơ sở dữ liệu ở {file}.\nTạo một cơ sở dữ liệu bằng npm run demo (dữ liệu dùng thử) hoặc npm start (cơ sở dữ liệu trống cho khảo sát thật). Nếu dữ liệu nằm ở thư mục khác, đặt PHIEU_DATA_DIR=THƯ_MỤC trước lệnh.',
  'cli.accountCreated': 'Đã tạo tài khoản {username} ({role}).',
  'cli.accountsImported': 'Đã nhập {count} tài khoản.',
  'cli.assignmentsChanged': 'Đã đổi phân công của {count} tài khoản.',
  'cli.csvLineError': 'Dòng {line}: {message}',
  'cli.noAccounts': 'Chưa có tài khoản nào. Tạo quản trị viên đầu tiên: npm run accounts -- create --username admin --name "Quản trị" --role admin',
  'cli.csvRefused': 'Tệp CSV bị từ chối, chưa nhập tài khoản nào.',
  'cli.generatedPasswords': 'Mật khẩu được tạo (chỉ hiện một lần, hãy giao cho từng người):',
  'cli.accountDisabled': 'Đã khóa tài khoản {username}.',
  'cli.accountEnabled': 'Đã mở khóa tài khoản {username}.',
  'cli.passwordReset': 'Đã đặt lại mật khẩu của {username}.',
  'cli.unknownAccount': 'Không có tài khoản “{username}”.',
  'cli.accountsUsage': 'Cách dùng:\n  npm run accounts -- list\n  npm run accounts -- create --username TÊN --name "Họ tên" --role admin|enumerator|unit_board [--password MK] [--survey MÃ --units 01,02]\n  npm run accounts -- import TỆP.csv   (cột: username,display_name,role,password,survey,units)\n  npm run accounts -- disable|enable TÊN\n  npm run accounts -- reset-password TÊN [--password MK]',
} as const;
