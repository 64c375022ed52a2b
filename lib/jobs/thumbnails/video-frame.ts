import { spawn } from "node:child_process";

const MAX_FRAME_BYTES = 20 * 1024 * 1024;

// One frame of a video as PNG, by ffmpeg: a few seconds in (past black openings), or the first
// frame of a shorter video. Null when ffmpeg is not installed or reads no frame.
export async function videoFrame(file: string, options: { ffmpeg: string; width: number; deadline: number }): Promise<Buffer | null> {
  return (await grab(file, 3, options)) ?? (await grab(file, 0, options));
}

function grab(file: string, seconds: number, options: { ffmpeg: string; width: number; deadline: number }): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const args = ["-v", "error", "-nostdin", "-ss", String(seconds), "-i", file, "-frames:v", "1", "-vf", `scale='min(${options.width},iw)':-2`, "-f", "image2pipe", "-c:v", "png", "pipe:1"];
    const child = spawn(options.ffmpeg, args, { stdio: ["ignore", "pipe", "ignore"] });
    const chunks: Buffer[] = [];
    let bytes = 0;
    const timer = setTimeout(() => child.kill("SIGKILL"), Math.max(0, options.deadline - Date.now()));
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > MAX_FRAME_BYTES) child.kill("SIGKILL");
      else chunks.push(chunk);
    });
    child.on("error", () => (clearTimeout(timer), resolve(null))); // not installed
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve(code === 0 && bytes > 0 && bytes <= MAX_FRAME_BYTES ? Buffer.concat(chunks) : null);
    });
  });
}
