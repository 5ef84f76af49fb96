module.exports = eval("require")("./worker.ts");
